# A __repr__ that reaches itself through a container, and containers of user objects.
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return f'Node({self.v}, {self.children})'
root = Node(1)
root.children.append(Node(2))
print(root)
l = [root]
l.append(l)
print(l)
class Loop:
    def __repr__(self):
        return 'Loop(' + repr(self) + ')'
try:
    repr(Loop())
except RecursionError as e:
    print('RecursionError', e)
d = {'k': Node(3)}
print(d, (Node(4),), {Node(5).v})
