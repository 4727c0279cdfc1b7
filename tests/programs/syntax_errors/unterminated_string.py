print("never runs")
s = "abc
