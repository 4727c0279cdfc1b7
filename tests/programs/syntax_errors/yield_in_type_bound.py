def g():
    def f[T: (yield)]():
        pass
