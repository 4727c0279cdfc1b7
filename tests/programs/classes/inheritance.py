# Single and multiple inheritance, method overriding and super().
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog/" + super().kind()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + f" (age {self.age})"


p = Puppy("Rex", 1)
print(p.speak(), p.kind(), isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__, Dog.__base__, Animal.__base__)


class Flyer:
    def move(self):
        return "fly"

    def describe(self):
        return "flyer"


class Swimmer:
    def move(self):
        return "swim"

    def describe(self):
        return "swimmer"


class Duck(Flyer, Swimmer):
    def describe(self):
        return "duck: " + super().describe() + ", " + Swimmer.describe(self)


d = Duck()
print(d.move(), d.describe(), [c.__name__ for c in Duck.__mro__])
print(Animal.__subclasses__(), object in Duck.__mro__)
