# A binary search tree with insert, __contains__, __len__, in-order __iter__ (no generators) and height.
class BSTNode:
    __slots__ = ('key', 'left', 'right')
    def __init__(self, key):
        self.key, self.left, self.right = key, None, None

class BST:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for k in keys:
            self.add(k)

    def add(self, key):
        if self.root is None:
            self.root = BSTNode(key)
        else:
            node = self.root
            while True:
                if key == node.key:
                    return False
                side = 'left' if key < node.key else 'right'
                child = getattr(node, side)
                if child is None:
                    setattr(node, side, BSTNode(key))
                    break
                node = child
        self.size += 1
        return True

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def __len__(self):
        return self.size

    def __iter__(self):
        out, stack, node = [], [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            out.append(node.key)
            node = node.right
        return iter(out)

    def height(self, node=None, _top=True):
        if _top:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left, False), self.height(node.right, False))

    def __repr__(self):
        return f'BST({list(self)})'

t = BST([50, 30, 70, 20, 40, 60, 80, 30])
print(t, len(t), t.height(), 40 in t, 45 in t)
print(t.add(45), t.add(45), list(t)[:4], min(t), max(t), sum(t))
words = BST(['pear', 'apple', 'fig', 'kiwi'])
print(words, 'fig' in words)
try:
    t.add('string')
except TypeError as e:
    print(e)
print(BST().height(), list(BST()), bool(BST()), bool(t))
