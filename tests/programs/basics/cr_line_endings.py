# A source file with a bare carriage return line ending in the middle.
x = 1print("cr only", x)
