# An object-oriented scheduler simulation in the spirit of the classic Richards benchmark:
# tasks with priorities pass packets through queues; a device task, worker tasks and handlers.
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, ident, priority, queue, scheduler):
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.scheduler = scheduler
        self.waiting = queue is None
        self.held = False

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
        self.waiting = False
        return packet

    def receive(self, packet):
        if self.queue is None:
            self.queue = packet
            packet.link = None
            return self.priority > self.scheduler.current.priority
        self.queue = packet.append_to(self.queue)
        return False


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(IDLE, 0, None, scheduler)
        self.seed = 1
        self.count = count
        self.waiting = False

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, queue):
        super().__init__(WORKER, 1000, queue, scheduler)
        self.dest = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.scheduler.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.owner = self.dest
        packet.count = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.scheduler.send(packet)


class HandlerTask(Task):
    def __init__(self, ident, scheduler, queue):
        super().__init__(ident, 2000 + ident, queue, scheduler)
        self.work = None
        self.device = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == "work":
                self.work = packet.append_to(self.work)
            else:
                self.device = packet.append_to(self.device)
        if self.work is not None:
            work = self.work
            if work.count < 4:
                if self.device is not None:
                    dev = self.device
                    self.device = dev.link
                    dev.data[0] = work.data[work.count]
                    work.count += 1
                    return self.scheduler.send(dev)
            else:
                self.work = work.link
                return self.scheduler.send(work)
        return self.scheduler.wait()


class DeviceTask(Task):
    def __init__(self, ident, scheduler):
        super().__init__(ident, 4000 + ident, None, scheduler)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.scheduler.wait()
            p, self.pending = self.pending, None
            return self.scheduler.send(p)
        self.pending = packet
        self.scheduler.holds += 1
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.current = None
        self.holds = 0
        self.sends = 0

    def add(self, task):
        self.tasks[task.ident] = task

    def schedule(self):
        order = sorted(self.tasks.values(), key=lambda t: -t.priority)
        while True:
            for task in order:
                if task.runnable():
                    break
            else:
                return
            self.current = task
            packet = task.take() if task.queue is not None else None
            task.step(packet)

    def wait(self):
        self.current.waiting = True

    def hold_self(self):
        self.holds += 1
        self.current.held = True

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False

    def send(self, packet):
        self.sends += 1
        target = self.tasks[packet.owner]
        packet.owner = self.current.ident
        target.receive(packet)


def run(count):
    s = Scheduler()
    s.add(IdleTask(s, count))
    queue = None
    for _ in range(2):
        queue = Packet(queue, WORKER, "work")
    s.add(WorkerTask(s, queue))
    for ident in (HANDLER_A, HANDLER_B):
        queue = None
        for _ in range(3):
            queue = Packet(queue, ident + 2, "device")
        s.add(HandlerTask(ident, s, queue))
    s.add(DeviceTask(DEVICE_A, s))
    s.add(DeviceTask(DEVICE_B, s))
    s.schedule()
    return s.holds, s.sends


for _ in range(10):
    result = run(10_000)
print(result)
