# Shared mutable class attributes versus instance attributes; class-level mutation.
class Team:
    members = []
    size = 0

    def add(self, name):
        self.members.append(name)
        self.size += 1


t1, t2 = Team(), Team()
t1.add("a")
t2.add("b")
print(Team.members, t1.size, t2.size, Team.size, vars(t1))


class Config:
    defaults = {"debug": False}

    def __init__(self, **overrides):
        self.settings = {**self.defaults, **overrides}


print(Config(debug=True).settings, Config().settings)
Config.defaults["verbose"] = 1
print(Config().settings)


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances


cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.instances)
