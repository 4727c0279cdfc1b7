f = lambda x=lambda: 1: lambda y: x + y
