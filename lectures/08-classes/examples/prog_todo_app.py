# A to-do list app: tasks with priorities, filtering via __contains__ and __getitem__, errors, sorting.
class TaskError(Exception):
    pass

class Task:
    PRIORITIES = ('low', 'normal', 'high')

    def __init__(self, title, priority='normal', tags=()):
        if priority not in self.PRIORITIES:
            raise TaskError(f'invalid priority {priority!r}; choose from {self.PRIORITIES}')
        self.title = title
        self.priority = priority
        self.tags = set(tags)
        self.done = False

    def __lt__(self, other):
        return (-self.PRIORITIES.index(self.priority), self.title) < \
               (-self.PRIORITIES.index(other.priority), other.title)

    def __str__(self):
        mark = 'x' if self.done else ' '
        tags = ' #' + ' #'.join(sorted(self.tags)) if self.tags else ''
        return f'[{mark}] {self.title} ({self.priority}){tags}'

class TodoList:
    def __init__(self):
        self.tasks = []

    def add(self, *args, **kwargs):
        task = Task(*args, **kwargs)
        if task.title in self:
            raise TaskError(f'duplicate task {task.title!r}')
        self.tasks.append(task)
        return task

    def __contains__(self, title):
        return any([t.title == title for t in self.tasks])

    def __getitem__(self, key):
        if isinstance(key, str):
            for t in self.tasks:
                if t.title == key:
                    return t
            raise KeyError(key)
        return self.tasks[key]

    def tagged(self, tag):
        return [t for t in self.tasks if tag in t.tags]

    def show(self):
        for t in sorted(self.tasks):
            print(' ', t)

todo = TodoList()
todo.add('write report', 'high', tags=['work'])
todo.add('buy milk', 'low', tags=['home', 'shop'])
todo.add('call mum')
todo.add('fix bike', 'normal', tags=['home'])
todo['call mum'].done = True
todo.show()
print([t.title for t in todo.tagged('home')], 'buy milk' in todo, todo[0].title)
for bad in [lambda: todo.add('x', 'urgent'), lambda: todo.add('call mum'), lambda: todo['nothing']]:
    try:
        bad()
    except TaskError as e:
        print('TaskError:', e)
    except KeyError as e:
        print('KeyError:', e)
print(sum([t.done for t in todo.tasks]), len(todo.tasks))
