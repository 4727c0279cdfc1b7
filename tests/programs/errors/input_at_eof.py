# input() at the end of stdin: the prompt, then an uncaught EOFError.
print("asking")
answer = input("name? ")
print("not reached", answer)
