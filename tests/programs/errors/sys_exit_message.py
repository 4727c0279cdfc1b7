import sys
# sys.exit("msg"): the message goes to stderr and the exit status is 1.
print("about to exit")
sys.exit("fatal: configuration missing")
