import sys
# Output that does not end with a newline.
print("first line")
sys.stdout.write("no newline at the end")
