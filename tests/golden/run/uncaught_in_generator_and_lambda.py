# Traceback frames through a generator, a lambda and a method, in order.
class Worker:
    def run(self, items):
        return list(self.gen(items))
    def gen(self, items):
        for it in items:
            yield (lambda v: 10 / v)(it)
print(Worker().run([1, 2]))
w = Worker()
print(w.run([5]), w.run([]))
Worker().run([1, 2, 0])
