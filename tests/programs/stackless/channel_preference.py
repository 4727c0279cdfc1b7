# channel.preference -1 (receiver), 0 (neither) and 1 (sender): which side runs first after a send or a receive.
import stackless


def trial(pref):
    ch = stackless.channel()
    ch.preference = pref
    print("preference", ch.preference)

    def rec():
        print("  receiver got", ch.receive())

    stackless.tasklet(rec)()
    stackless.run()
    ch.send("x")
    print("  main after send")
    stackless.run()

    def snd():
        ch.send("y")
        print("  sender resumed")

    stackless.tasklet(snd)()
    stackless.run()
    print("  main received", ch.receive())
    print("  main after receive")
    stackless.run()
    print("  runcount", stackless.getruncount())


print("default preference", stackless.channel().preference)
for pref in (-1, 0, 1):
    trial(pref)
