# A user ExceptionGroup subclass in the boxed traceback, with a custom member class.
class TaskError(Exception):
    def __init__(self, task):
        super().__init__(f"task {task} failed")
        self.task = task
class TaskGroupError(ExceptionGroup):
    def derive(self, excs):
        return TaskGroupError(self.message, excs)
def run():
    errors = []
    for t in ("a", "b", "c"):
        try:
            raise TaskError(t)
        except TaskError as e:
            errors.append(e)
    raise TaskGroupError("tasks", errors)
try:
    run()
except* TaskError as e:
    print(type(e).__name__, [x.task for x in e.exceptions])
run()
