# A linked list and a binary search tree with recursion, iteration protocol and __len__/__contains__.
class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.n = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, x):
        self.head = Node(x, self.head)
        self.n += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.val
            node = node.next
    def __len__(self):
        return self.n
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), 3 in ll)
ll.reverse(); print(ll)
print(LinkedList())
class BST:
    def __init__(self):
        self.root = None
    def insert(self, k):
        def ins(node):
            if node is None:
                return [k, None, None]
            if k < node[0]:
                node[1] = ins(node[1])
            elif k > node[0]:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)
    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node:
            yield from self.inorder(node[1])
            yield node[0]
            yield from self.inorder(node[2])
    def height(self, node="start"):
        if node == "start":
            node = self.root
        return 0 if node is None else 1 + max(self.height(node[1]), self.height(node[2]))
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(list(t.inorder()), t.height())
