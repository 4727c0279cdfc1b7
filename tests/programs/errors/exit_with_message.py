# quit("text"): the text on stderr and exit status 1.
print("out")
quit("goodbye from quit")
