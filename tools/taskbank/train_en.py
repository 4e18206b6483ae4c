"""English-prompt training tasks (hand-written for this project).

Each entry describes one self-contained Python exercise together with a
reference solution, a correct-but-clumsy variant (``poor_style``) and a
realistically buggy variant (``partly_wrong``).  Categories covered here:
data structures, parsing and formatting, small classes, utilities,
iterators and functional helpers, bit manipulation and graphs.
"""

TASKS = [
    # ------------------------------------------------------------------
    # Data structures
    # ------------------------------------------------------------------
    {
        "id": "en_evaluate_postfix",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `evaluate_postfix(tokens)` that evaluates an "
            "arithmetic expression written in reverse Polish (postfix) notation. "
            "`tokens` is a list of strings; each token is either an integer literal "
            "(which may be negative, such as \"-3\") or one of the operators "
            "\"+\", \"-\", \"*\" and \"/\". Division truncates toward zero. "
            "Return the integer value of the expression. You may assume the "
            "expression is valid and never divides by zero."
        ),
        "entry_point": "evaluate_postfix",
        "explanation": (
            "Push numbers on a stack; when an operator arrives, pop the right and "
            "left operands, apply it and push the result. Division is done on "
            "absolute values and the sign fixed afterwards so it truncates toward zero."
        ),
        "solution": '''def evaluate_postfix(tokens: list[str]) -> int:
    stack: list[int] = []
    for token in tokens:
        if token not in {"+", "-", "*", "/"}:
            stack.append(int(token))
            continue
        right = stack.pop()
        left = stack.pop()
        if token == "+":
            stack.append(left + right)
        elif token == "-":
            stack.append(left - right)
        elif token == "*":
            stack.append(left * right)
        else:
            quotient = abs(left) // abs(right)
            stack.append(quotient if (left < 0) == (right < 0) else -quotient)
    return stack[-1]
''',
        "tests": [
            "assert evaluate_postfix(['2', '1', '+', '3', '*']) == 9",
            "assert evaluate_postfix(['4', '13', '5', '/', '+']) == 6",
            "assert evaluate_postfix(['7', '-2', '/']) == -3",
            "assert evaluate_postfix(['42']) == 42",
            "assert evaluate_postfix(['5', '8', '-']) == -3",
        ],
        "poor_style": '''def evaluate_postfix(tokens):
    s = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == "+" or t == "-" or t == "*" or t == "/":
            b = s[len(s) - 1]
            s = s[:len(s) - 1]
            a = s[len(s) - 1]
            s = s[:len(s) - 1]
            r = None
            if t == "+":
                r = a + b
            if t == "-":
                r = a - b
            if t == "*":
                r = a * b
            if t == "/":
                r = int(a / b)
            s = s + [r]
        else:
            s = s + [int(t)]
        i = i + 1
    return s[0]
''',
        "partly_wrong": '''def evaluate_postfix(tokens):
    stack = []
    for token in tokens:
        if token in ("+", "-", "*", "/"):
            right = stack.pop()
            left = stack.pop()
            if token == "+":
                stack.append(left + right)
            elif token == "-":
                stack.append(left - right)
            elif token == "*":
                stack.append(left * right)
            else:
                stack.append(left // right)
        else:
            stack.append(int(token))
    return stack[-1]
''',
    },
    {
        "id": "en_next_greater_elements",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `next_greater_elements(nums)` that takes a list "
            "of integers and returns a list of the same length where position `i` "
            "holds the first value to the right of `nums[i]` that is strictly greater "
            "than `nums[i]`, or -1 if there is no such value."
        ),
        "entry_point": "next_greater_elements",
        "explanation": (
            "Keep a stack of indices whose answer is still unknown; each new value "
            "resolves every smaller value on top of the stack. Every index is pushed "
            "and popped at most once, so the run time is O(n)."
        ),
        "solution": '''def next_greater_elements(nums: list[int]) -> list[int]:
    result = [-1] * len(nums)
    pending: list[int] = []
    for index, value in enumerate(nums):
        while pending and nums[pending[-1]] < value:
            result[pending.pop()] = value
        pending.append(index)
    return result
''',
        "tests": [
            "assert next_greater_elements([2, 1, 2, 4, 3]) == [4, 2, 4, -1, -1]",
            "assert next_greater_elements([]) == []",
            "assert next_greater_elements([5, 4, 3]) == [-1, -1, -1]",
            "assert next_greater_elements([1, 1, 2]) == [2, 2, -1]",
        ],
        "poor_style": '''def next_greater_elements(nums):
    out = []
    for i in range(len(nums)):
        found = False
        ans = -1
        for j in range(i + 1, len(nums)):
            if found == False:
                if nums[j] > nums[i]:
                    ans = nums[j]
                    found = True
        out.append(ans)
    return out
''',
        "partly_wrong": '''def next_greater_elements(nums):
    result = [-1] * len(nums)
    stack = []
    for i, value in enumerate(nums):
        while stack and nums[stack[-1]] <= value:
            result[stack.pop()] = value
        stack.append(i)
    return result
''',
    },
    {
        "id": "en_simplify_unix_path",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `simplify_unix_path(path)` that takes an absolute "
            "Unix-style path (it always starts with \"/\") and returns its canonical "
            "form: repeated slashes collapse into one, \".\" segments are dropped, "
            "\"..\" removes the previous directory (and does nothing at the root), and "
            "the result has no trailing slash unless it is just \"/\". Any other "
            "segment, including \"...\", is an ordinary directory name."
        ),
        "entry_point": "simplify_unix_path",
        "explanation": (
            "Split on slashes and use a list as a stack of directory names: skip empty "
            "and \".\" parts, pop on \"..\" when possible and push everything else. "
            "Join the stack back with slashes."
        ),
        "solution": '''def simplify_unix_path(path: str) -> str:
    stack: list[str] = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if stack:
                stack.pop()
        else:
            stack.append(part)
    return "/" + "/".join(stack)
''',
        "tests": [
            "assert simplify_unix_path('/home/') == '/home'",
            "assert simplify_unix_path('/a/./b/../../c/') == '/c'",
            "assert simplify_unix_path('/../') == '/'",
            "assert simplify_unix_path('/home//user/docs/..') == '/home/user'",
            "assert simplify_unix_path('/...') == '/...'",
        ],
        "poor_style": '''def simplify_unix_path(path):
    res = ""
    parts = path.split("/")
    for k in range(0, len(parts)):
        p = parts[k]
        if p == "":
            pass
        elif p == ".":
            pass
        elif p == "..":
            if len(res) > 0:
                res = res[:res.rfind("/")]
            else:
                res = res
        else:
            res = res + "/" + p
    if res == "":
        return "/"
    else:
        return res
''',
        "partly_wrong": '''def simplify_unix_path(path):
    stack = []
    for part in path.split("/"):
        if part == "" or part == ".":
            continue
        if part == "..":
            stack.pop()
        else:
            stack.append(part)
    return "/" + "/".join(stack)
''',
    },
    {
        "id": "en_min_stack",
        "category": "data_structures",
        "prompt": (
            "Write a Python class `MinStack` implementing a stack that can report its "
            "minimum in constant time. It needs `push(value)`, `pop()` (removes and "
            "returns the top value), `top()` (returns the top value without removing "
            "it) and `get_min()` (returns the smallest value currently stored). All "
            "four operations must run in O(1); you may assume `pop`, `top` and "
            "`get_min` are only called on a non-empty stack."
        ),
        "entry_point": "MinStack",
        "explanation": (
            "Store each value together with the minimum of the stack at the moment it "
            "was pushed. The top pair then always carries the current minimum, even "
            "when duplicates of the minimum are pushed and popped."
        ),
        "solution": '''class MinStack:
    def __init__(self) -> None:
        self._items: list[tuple[int, int]] = []

    def push(self, value: int) -> None:
        current_min = min(value, self._items[-1][1]) if self._items else value
        self._items.append((value, current_min))

    def pop(self) -> int:
        return self._items.pop()[0]

    def top(self) -> int:
        return self._items[-1][0]

    def get_min(self) -> int:
        return self._items[-1][1]
''',
        "tests": [
            "assert (lambda s: (s.push(3), s.push(1), s.push(2), s.get_min())[-1])(MinStack()) == 1",
            "assert (lambda s: (s.push(3), s.push(1), s.pop(), s.get_min())[-1])(MinStack()) == 3",
            "assert (lambda s: (s.push(2), s.push(2), s.pop(), s.get_min())[-1])(MinStack()) == 2",
            "assert (lambda s: (s.push(5), s.push(7), s.top())[-1])(MinStack()) == 7",
            "assert (lambda s: (s.push(4), s.pop())[-1])(MinStack()) == 4",
        ],
        "poor_style": '''class MinStack:
    def __init__(self):
        self.l = []

    def push(self, x):
        self.l = self.l + [x]

    def pop(self):
        x = self.l[len(self.l) - 1]
        self.l = self.l[0:len(self.l) - 1]
        return x

    def top(self):
        return self.l[len(self.l) - 1]

    def get_min(self):
        m = None
        for v in self.l:
            if m == None or v < m:
                m = v
        return m
''',
        "partly_wrong": '''class MinStack:
    def __init__(self):
        self.items = []
        self.mins = []

    def push(self, value):
        self.items.append(value)
        if not self.mins or value < self.mins[-1]:
            self.mins.append(value)

    def pop(self):
        value = self.items.pop()
        if value == self.mins[-1]:
            self.mins.pop()
        return value

    def top(self):
        return self.items[-1]

    def get_min(self):
        return self.mins[-1]
''',
    },
    {
        "id": "en_two_stack_queue",
        "category": "data_structures",
        "prompt": (
            "Write a Python class `TwoStackQueue` that implements a FIFO queue using "
            "two Python lists used only as stacks (append and pop from the end). "
            "Provide `enqueue(item)`, `dequeue()` (removes and returns the oldest item, "
            "or returns None when the queue is empty), `peek()` (returns the oldest "
            "item without removing it, or None) and `size()`. Each operation should "
            "be amortised O(1)."
        ),
        "entry_point": "TwoStackQueue",
        "explanation": (
            "New items go onto an inbox stack; when the outbox is empty, the inbox is "
            "poured into it, which reverses the order so the oldest item is on top. "
            "Each item is moved at most once, giving amortised O(1) operations."
        ),
        "solution": '''class TwoStackQueue:
    def __init__(self) -> None:
        self._inbox: list = []
        self._outbox: list = []

    def _refill(self) -> None:
        if not self._outbox:
            while self._inbox:
                self._outbox.append(self._inbox.pop())

    def enqueue(self, item) -> None:
        self._inbox.append(item)

    def dequeue(self):
        self._refill()
        return self._outbox.pop() if self._outbox else None

    def peek(self):
        self._refill()
        return self._outbox[-1] if self._outbox else None

    def size(self) -> int:
        return len(self._inbox) + len(self._outbox)
''',
        "tests": [
            "assert (lambda q: (q.enqueue(1), q.enqueue(2), q.dequeue())[-1])(TwoStackQueue()) == 1",
            "assert TwoStackQueue().dequeue() == None",
            "assert (lambda q: (q.enqueue(1), q.enqueue(2), q.dequeue(), q.enqueue(3), q.dequeue(), q.dequeue())[-1])(TwoStackQueue()) == 3",
            "assert (lambda q: (q.enqueue('a'), q.enqueue('b'), q.size())[-1])(TwoStackQueue()) == 2",
            "assert (lambda q: (q.enqueue(9), q.peek(), q.size())[1:])(TwoStackQueue()) == (9, 1)",
        ],
        "poor_style": '''class TwoStackQueue:
    def __init__(self):
        self.data = []

    def enqueue(self, item):
        self.data.append(item)

    def dequeue(self):
        if len(self.data) == 0:
            return None
        else:
            return self.data.pop(0)

    def peek(self):
        if len(self.data) == 0:
            return None
        else:
            return self.data[0]

    def size(self):
        n = 0
        for _ in self.data:
            n += 1
        return n
''',
        "partly_wrong": '''class TwoStackQueue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def _move(self):
        while self.inbox:
            self.outbox.append(self.inbox.pop())

    def enqueue(self, item):
        self.inbox.append(item)

    def dequeue(self):
        self._move()
        return self.outbox.pop() if self.outbox else None

    def peek(self):
        self._move()
        return self.outbox[-1] if self.outbox else None

    def size(self):
        return len(self.inbox) + len(self.outbox)
''',
    },
    {
        "id": "en_elimination_order",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `elimination_order(people, k)` that simulates "
            "people standing in a circle. Counting starts at the first person in the "
            "list; every `k`-th person counted (k >= 1) leaves the circle and counting "
            "resumes with the next person. Return the list of people in the order "
            "they leave. Use `collections.deque`."
        ),
        "entry_point": "elimination_order",
        "explanation": (
            "Put the people into a deque; rotating left by k - 1 brings the k-th "
            "person to the front, where popleft removes them. Repeat until the deque "
            "is empty."
        ),
        "solution": '''from collections import deque


def elimination_order(people: list, k: int) -> list:
    circle = deque(people)
    order = []
    while circle:
        circle.rotate(-(k - 1))
        order.append(circle.popleft())
    return order
''',
        "tests": [
            "assert elimination_order(['a', 'b', 'c', 'd'], 2) == ['b', 'd', 'c', 'a']",
            "assert elimination_order(['x'], 5) == ['x']",
            "assert elimination_order([1, 2, 3, 4, 5], 1) == [1, 2, 3, 4, 5]",
            "assert elimination_order([1, 2, 3], 3) == [3, 1, 2]",
            "assert elimination_order([], 3) == []",
        ],
        "poor_style": '''def elimination_order(people, k):
    alive = [True] * len(people)
    res = []
    pos = -1
    while len(res) < len(people):
        c = 0
        while c < k:
            pos = (pos + 1) % len(people)
            if alive[pos] == True:
                c = c + 1
        alive[pos] = False
        res.append(people[pos])
    return res
''',
        "partly_wrong": '''from collections import deque


def elimination_order(people, k):
    circle = deque(people)
    order = []
    while circle:
        circle.rotate(-k)
        order.append(circle.popleft())
    return order
''',
    },
    {
        "id": "en_build_linked_list",
        "category": "data_structures",
        "prompt": (
            "A singly linked list is represented with nested two-element lists "
            "`[value, next]`, where `next` is the next node or `None` at the end; the "
            "empty list is `None`. Write a Python function `build_linked_list(values)` "
            "that turns a Python list of values into this representation, keeping the "
            "order, e.g. `[1, 2]` becomes `[1, [2, None]]`."
        ),
        "entry_point": "build_linked_list",
        "explanation": (
            "Walk the values from the back to the front, wrapping the list built so far "
            "in a new node each time. This makes a single O(n) pass without recursion."
        ),
        "solution": '''def build_linked_list(values: list) -> list | None:
    head = None
    for value in reversed(values):
        head = [value, head]
    return head
''',
        "tests": [
            "assert build_linked_list([1, 2, 3]) == [1, [2, [3, None]]]",
            "assert build_linked_list([]) == None",
            "assert build_linked_list(['a']) == ['a', None]",
            "assert build_linked_list([0, 0]) == [0, [0, None]]",
        ],
        "poor_style": '''def build_linked_list(values):
    if len(values) == 0:
        return None
    nodes = []
    for i in range(len(values)):
        nodes.append([values[i], None])
    for i in range(len(nodes)):
        if i + 1 < len(nodes):
            nodes[i][1] = nodes[i + 1]
        else:
            nodes[i][1] = None
    return nodes[0]
''',
        "partly_wrong": '''def build_linked_list(values):
    head = None
    for value in values:
        head = [value, head]
    return head
''',
    },
    {
        "id": "en_linked_list_values",
        "category": "data_structures",
        "prompt": (
            "A singly linked list is stored as nested lists `[value, next]` with `None` "
            "marking the end (the empty list is `None`). Write a Python function "
            "`linked_list_values(head)` that returns an ordinary Python list with the "
            "values from head to tail."
        ),
        "entry_point": "linked_list_values",
        "explanation": (
            "Follow the `next` links with a loop, collecting each value until the "
            "current node becomes None. Iterating avoids recursion limits on long lists."
        ),
        "solution": '''def linked_list_values(head: list | None) -> list:
    values = []
    node = head
    while node is not None:
        values.append(node[0])
        node = node[1]
    return values
''',
        "tests": [
            "assert linked_list_values([1, [2, [3, None]]]) == [1, 2, 3]",
            "assert linked_list_values(None) == []",
            "assert linked_list_values(['only', None]) == ['only']",
        ],
        "poor_style": '''def linked_list_values(head):
    if head == None:
        return []
    else:
        return [head[0]] + linked_list_values(head[1])
''',
        "partly_wrong": '''def linked_list_values(head):
    values = []
    node = head
    while node is not None and node[1] is not None:
        values.append(node[0])
        node = node[1]
    return values
''',
    },
    {
        "id": "en_reverse_linked_list",
        "category": "data_structures",
        "prompt": (
            "Linked lists are nested lists `[value, next]` ending in `None` (the empty "
            "list is `None`). Write a Python function `reverse_linked_list(head)` that "
            "returns the reversed linked list in the same representation. Use O(1) "
            "extra space apart from the nodes themselves; the input may be modified."
        ),
        "entry_point": "reverse_linked_list",
        "explanation": (
            "Walk the list once, re-pointing each node's `next` slot at the previous "
            "node. When the walk ends, the previous node is the new head."
        ),
        "solution": '''def reverse_linked_list(head: list | None) -> list | None:
    previous = None
    node = head
    while node is not None:
        following = node[1]
        node[1] = previous
        previous = node
        node = following
    return previous
''',
        "tests": [
            "assert reverse_linked_list([1, [2, [3, None]]]) == [3, [2, [1, None]]]",
            "assert reverse_linked_list(None) == None",
            "assert reverse_linked_list([7, None]) == [7, None]",
            "assert reverse_linked_list(['a', ['b', None]]) == ['b', ['a', None]]",
        ],
        "poor_style": '''def reverse_linked_list(head):
    vals = []
    n = head
    while n != None:
        vals.insert(0, n[0])
        n = n[1]
    if len(vals) == 0:
        return None
    res = None
    i = len(vals) - 1
    while i >= 0:
        res = [vals[i], res]
        i -= 1
    return res
''',
        "partly_wrong": '''def reverse_linked_list(head):
    previous = None
    node = head
    while node is not None and node[1] is not None:
        following = node[1]
        node[1] = previous
        previous = node
        node = following
    return previous
''',
    },
    {
        "id": "en_middle_of_linked_list",
        "category": "data_structures",
        "prompt": (
            "Linked lists are nested lists `[value, next]` ending in `None`. Write a "
            "Python function `middle_of_linked_list(head)` that returns the value of "
            "the middle node. When the list has an even number of nodes return the "
            "value of the second of the two middle nodes; return None for an empty list."
        ),
        "entry_point": "middle_of_linked_list",
        "explanation": (
            "Advance a slow pointer one node and a fast pointer two nodes per step; "
            "when the fast pointer runs off the end, the slow pointer sits on the "
            "middle. This is one pass with O(1) extra space."
        ),
        "solution": '''def middle_of_linked_list(head: list | None):
    if head is None:
        return None
    slow = fast = head
    while fast is not None and fast[1] is not None:
        slow = slow[1]
        fast = fast[1][1]
    return slow[0]
''',
        "tests": [
            "assert middle_of_linked_list([1, [2, [3, [4, [5, None]]]]]) == 3",
            "assert middle_of_linked_list([1, [2, [3, [4, None]]]]) == 3",
            "assert middle_of_linked_list([9, None]) == 9",
            "assert middle_of_linked_list(None) == None",
        ],
        "poor_style": '''def middle_of_linked_list(head):
    count = 0
    n = head
    while n != None:
        count = count + 1
        n = n[1]
    if count == 0:
        return None
    target = count // 2
    n = head
    idx = 0
    result = None
    while n != None:
        if idx == target:
            result = n[0]
        idx = idx + 1
        n = n[1]
    return result
''',
        "partly_wrong": '''def middle_of_linked_list(head):
    if head is None:
        return None
    slow = fast = head
    while fast[1] is not None and fast[1][1] is not None:
        slow = slow[1]
        fast = fast[1][1]
    return slow[0]
''',
    },
    {
        "id": "en_remove_linked_list_value",
        "category": "data_structures",
        "prompt": (
            "Linked lists are nested lists `[value, next]` ending in `None`. Write a "
            "Python function `remove_linked_list_value(head, target)` that returns a "
            "linked list (same representation) with every node whose value equals "
            "`target` removed, keeping the other nodes in order. Matching nodes may "
            "appear anywhere, including at the head."
        ),
        "entry_point": "remove_linked_list_value",
        "explanation": (
            "Use a dummy node in front of the head so removing the first node needs "
            "no special case, then unlink every matching successor in one pass."
        ),
        "solution": '''def remove_linked_list_value(head: list | None, target) -> list | None:
    dummy = [None, head]
    node = dummy
    while node[1] is not None:
        if node[1][0] == target:
            node[1] = node[1][1]
        else:
            node = node[1]
    return dummy[1]
''',
        "tests": [
            "assert remove_linked_list_value([1, [2, [1, [3, None]]]], 1) == [2, [3, None]]",
            "assert remove_linked_list_value(None, 5) == None",
            "assert remove_linked_list_value([4, [4, None]], 4) == None",
            "assert remove_linked_list_value([1, [2, None]], 3) == [1, [2, None]]",
        ],
        "poor_style": '''def remove_linked_list_value(head, target):
    kept = []
    n = head
    while n is not None:
        if n[0] == target:
            pass
        else:
            kept = kept + [n[0]]
        n = n[1]
    out = None
    for i in range(len(kept) - 1, -1, -1):
        out = [kept[i], out]
    if out == None:
        return None
    return out
''',
        "partly_wrong": '''def remove_linked_list_value(head, target):
    node = head
    while node is not None and node[1] is not None:
        if node[1][0] == target:
            node[1] = node[1][1]
        else:
            node = node[1]
    return head
''',
    },
    {
        "id": "en_tree_height",
        "category": "data_structures",
        "prompt": (
            "A binary tree is given as nested tuples `(value, left, right)`, where "
            "`left` and `right` are subtrees in the same form or `None`; the empty tree "
            "is `None`. Write a Python function `tree_height(tree)` that returns the "
            "number of nodes on the longest path from the root down to a leaf "
            "(0 for the empty tree, 1 for a single node)."
        ),
        "entry_point": "tree_height",
        "explanation": (
            "The height of an empty tree is 0 and any other tree is one more than the "
            "taller of its two subtrees, which maps directly onto a short recursive "
            "function."
        ),
        "solution": '''def tree_height(tree: tuple | None) -> int:
    if tree is None:
        return 0
    _, left, right = tree
    return 1 + max(tree_height(left), tree_height(right))
''',
        "tests": [
            "assert tree_height(None) == 0",
            "assert tree_height((1, None, None)) == 1",
            "assert tree_height((1, (2, (4, None, None), None), (3, None, None))) == 3",
            "assert tree_height((1, None, (2, None, (3, None, None)))) == 3",
        ],
        "poor_style": '''def tree_height(tree):
    if tree == None:
        return 0
    levels = [[tree]]
    while True:
        nxt = []
        for n in levels[len(levels) - 1]:
            if n[1] != None:
                nxt.append(n[1])
            if n[2] != None:
                nxt.append(n[2])
        if len(nxt) == 0:
            break
        levels.append(nxt)
    return len(levels)
''',
        "partly_wrong": '''def tree_height(tree):
    if tree is None:
        return 0
    value, left, right = tree
    if left is None and right is None:
        return 0
    return 1 + max(tree_height(left), tree_height(right))
''',
    },
    {
        "id": "en_inorder_values",
        "category": "data_structures",
        "prompt": (
            "Binary trees are nested tuples `(value, left, right)` with `None` for a "
            "missing child or an empty tree. Write a Python function "
            "`inorder_values(tree)` that returns the list of values in in-order "
            "(left subtree, node, right subtree). Do it iteratively with an explicit "
            "stack so deep trees do not hit the recursion limit."
        ),
        "entry_point": "inorder_values",
        "explanation": (
            "Push nodes while walking left; when there is no left child, pop a node, "
            "record its value and continue with its right subtree. Each node is pushed "
            "and popped exactly once."
        ),
        "solution": '''def inorder_values(tree: tuple | None) -> list:
    values = []
    stack: list[tuple] = []
    node = tree
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node[1]
        node = stack.pop()
        values.append(node[0])
        node = node[2]
    return values
''',
        "tests": [
            "assert inorder_values(None) == []",
            "assert inorder_values((1, None, None)) == [1]",
            "assert inorder_values((4, (2, (1, None, None), (3, None, None)), (5, None, None))) == [1, 2, 3, 4, 5]",
            "assert inorder_values(('b', ('a', None, None), ('c', None, None))) == ['a', 'b', 'c']",
        ],
        "poor_style": '''def inorder_values(tree):
    if tree == None:
        return []
    result = []
    left = inorder_values(tree[1])
    for x in left:
        result = result + [x]
    result = result + [tree[0]]
    right = inorder_values(tree[2])
    for x in right:
        result = result + [x]
    return result
''',
        "partly_wrong": '''def inorder_values(tree):
    values = []
    stack = [tree] if tree is not None else []
    while stack:
        node = stack.pop()
        values.append(node[0])
        if node[2] is not None:
            stack.append(node[2])
        if node[1] is not None:
            stack.append(node[1])
    return values
''',
    },
    {
        "id": "en_is_valid_bst",
        "category": "data_structures",
        "prompt": (
            "Binary trees are nested tuples `(value, left, right)` with `None` for an "
            "empty subtree. Write a Python function `is_valid_bst(tree)` that returns "
            "True if the tree is a binary search tree: for every node, all values in "
            "its left subtree are strictly smaller and all values in its right subtree "
            "are strictly larger. The empty tree is a valid BST."
        ),
        "entry_point": "is_valid_bst",
        "explanation": (
            "Checking only direct children is not enough, so pass down the open "
            "interval (low, high) each subtree must fit in and narrow it at every step. "
            "The whole check is O(n)."
        ),
        "solution": '''def is_valid_bst(tree: tuple | None) -> bool:
    def check(node, low, high) -> bool:
        if node is None:
            return True
        value, left, right = node
        if (low is not None and value <= low) or (high is not None and value >= high):
            return False
        return check(left, low, value) and check(right, value, high)

    return check(tree, None, None)
''',
        "tests": [
            "assert is_valid_bst((5, (3, (2, None, None), (4, None, None)), (8, None, (9, None, None)))) == True",
            "assert is_valid_bst((5, (3, None, (6, None, None)), (8, None, None))) == False",
            "assert is_valid_bst(None) == True",
            "assert is_valid_bst((2, (2, None, None), None)) == False",
            "assert is_valid_bst((1, None, None)) == True",
        ],
        "poor_style": '''def is_valid_bst(tree):
    def collect(t, out):
        if t != None:
            collect(t[1], out)
            out.append(t[0])
            collect(t[2], out)
        return out
    vals = collect(tree, [])
    ok = True
    for i in range(len(vals)):
        for j in range(i + 1, len(vals)):
            if vals[i] >= vals[j]:
                ok = False
    if ok == True:
        return True
    else:
        return False
''',
        "partly_wrong": '''def is_valid_bst(tree):
    if tree is None:
        return True
    value, left, right = tree
    if left is not None and not left[0] < value:
        return False
    if right is not None and not right[0] > value:
        return False
    return is_valid_bst(left) and is_valid_bst(right)
''',
    },
    {
        "id": "en_level_order",
        "category": "data_structures",
        "prompt": (
            "Binary trees are nested tuples `(value, left, right)` with `None` for an "
            "empty subtree. Write a Python function `level_order(tree)` that returns "
            "a list of levels, top to bottom, where each level is the list of values "
            "on that level from left to right. An empty tree gives `[]`."
        ),
        "entry_point": "level_order",
        "explanation": (
            "Run a breadth-first search with a deque, processing exactly as many nodes "
            "as the queue holds at the start of each round so every round is one level."
        ),
        "solution": '''from collections import deque


def level_order(tree: tuple | None) -> list[list]:
    if tree is None:
        return []
    levels = []
    queue = deque([tree])
    while queue:
        level = []
        for _ in range(len(queue)):
            value, left, right = queue.popleft()
            level.append(value)
            if left is not None:
                queue.append(left)
            if right is not None:
                queue.append(right)
        levels.append(level)
    return levels
''',
        "tests": [
            "assert level_order((1, (2, (4, None, None), None), (3, None, (5, None, None)))) == [[1], [2, 3], [4, 5]]",
            "assert level_order(None) == []",
            "assert level_order((7, None, None)) == [[7]]",
            "assert level_order((1, (2, None, None), None)) == [[1], [2]]",
        ],
        "poor_style": '''def level_order(tree):
    res = []
    def walk(t, d):
        if t == None:
            return
        while len(res) <= d:
            res.append([])
        res[d] = res[d] + [t[0]]
        walk(t[1], d + 1)
        walk(t[2], d + 1)
    walk(tree, 0)
    return res
''',
        "partly_wrong": '''from collections import deque


def level_order(tree):
    if tree is None:
        return []
    levels = []
    queue = deque([tree])
    while queue:
        level = []
        for _ in range(len(queue)):
            value, left, right = queue.popleft()
            level.append(value)
            if right is not None:
                queue.append(right)
            if left is not None:
                queue.append(left)
        levels.append(level)
    return levels
''',
    },
    {
        "id": "en_mirror_tree",
        "category": "data_structures",
        "prompt": (
            "Binary trees are nested tuples `(value, left, right)` with `None` for an "
            "empty subtree. Write a Python function `mirror_tree(tree)` that returns a "
            "new tree that is the mirror image of the input: at every node the left "
            "and right subtrees are swapped."
        ),
        "entry_point": "mirror_tree",
        "explanation": (
            "Mirror both subtrees recursively and build a new tuple with them in "
            "swapped positions; tuples are immutable, so the input is untouched."
        ),
        "solution": '''def mirror_tree(tree: tuple | None) -> tuple | None:
    if tree is None:
        return None
    value, left, right = tree
    return (value, mirror_tree(right), mirror_tree(left))
''',
        "tests": [
            "assert mirror_tree((1, (2, None, None), (3, (4, None, None), None))) == (1, (3, None, (4, None, None)), (2, None, None))",
            "assert mirror_tree(None) == None",
            "assert mirror_tree((1, None, None)) == (1, None, None)",
            "assert mirror_tree((1, (2, (3, None, None), None), None)) == (1, None, (2, None, (3, None, None)))",
        ],
        "poor_style": '''def mirror_tree(tree):
    if tree == None:
        return None
    else:
        v = tree[0]
        l = tree[1]
        r = tree[2]
        new_l = None
        new_r = None
        if r != None:
            new_l = mirror_tree(r)
        if l != None:
            new_r = mirror_tree(l)
        t = [v, new_l, new_r]
        return tuple(t)
''',
        "partly_wrong": '''def mirror_tree(tree):
    if tree is None:
        return None
    value, left, right = tree
    return (value, right, left)
''',
    },
    {
        "id": "en_path_sum_exists",
        "category": "data_structures",
        "prompt": (
            "Binary trees are nested tuples `(value, left, right)` with integer values "
            "and `None` for an empty subtree. Write a Python function "
            "`path_sum_exists(tree, target)` that returns True if some path from the "
            "root down to a leaf (a node with no children) has values summing to "
            "`target`. An empty tree has no paths, so it returns False."
        ),
        "entry_point": "path_sum_exists",
        "explanation": (
            "Subtract each node's value from the target on the way down and test for "
            "zero only at real leaves; treating a missing child as a path end would "
            "wrongly accept paths that stop at an inner node."
        ),
        "solution": '''def path_sum_exists(tree: tuple | None, target: int) -> bool:
    if tree is None:
        return False
    value, left, right = tree
    remaining = target - value
    if left is None and right is None:
        return remaining == 0
    return path_sum_exists(left, remaining) or path_sum_exists(right, remaining)
''',
        "tests": [
            "assert path_sum_exists((5, (4, (11, None, None), None), (8, None, (1, None, None))), 20) == True",
            "assert path_sum_exists((5, (4, (11, None, None), None), (8, None, (1, None, None))), 14) == True",
            "assert path_sum_exists(None, 0) == False",
            "assert path_sum_exists((1, (2, None, None), None), 1) == False",
            "assert path_sum_exists((3, None, None), 3) == True",
        ],
        "poor_style": '''def path_sum_exists(tree, target):
    sums = []
    def go(t, acc):
        if t == None:
            return
        acc = acc + t[0]
        if t[1] == None and t[2] == None:
            sums.append(acc)
        go(t[1], acc)
        go(t[2], acc)
    go(tree, 0)
    found = False
    for s in sums:
        if s == target:
            found = True
    return found
''',
        "partly_wrong": '''def path_sum_exists(tree, target):
    if tree is None:
        return target == 0
    value, left, right = tree
    return path_sum_exists(left, target - value) or path_sum_exists(right, target - value)
''',
    },
    {
        "id": "en_bst_lowest_common_ancestor",
        "category": "data_structures",
        "prompt": (
            "A binary search tree is given as nested tuples `(value, left, right)` "
            "with distinct values and `None` for an empty subtree. Write a Python "
            "function `bst_lowest_common_ancestor(tree, a, b)` that returns the value "
            "of the lowest node that has both `a` and `b` in its subtree (a node counts "
            "as being in its own subtree). Both values are guaranteed to be in the tree."
        ),
        "entry_point": "bst_lowest_common_ancestor",
        "explanation": (
            "Starting at the root, move left while both values are smaller than the "
            "current node and right while both are larger; the first node where they "
            "split (or that equals one of them) is the answer. This takes O(height)."
        ),
        "solution": '''def bst_lowest_common_ancestor(tree: tuple, a, b):
    node = tree
    while node is not None:
        value, left, right = node
        if a < value and b < value:
            node = left
        elif a > value and b > value:
            node = right
        else:
            return value
    return None
''',
        "tests": [
            "assert bst_lowest_common_ancestor((6, (2, (0, None, None), (4, (3, None, None), (5, None, None))), (8, (7, None, None), (9, None, None))), 2, 8) == 6",
            "assert bst_lowest_common_ancestor((6, (2, (0, None, None), (4, (3, None, None), (5, None, None))), (8, (7, None, None), (9, None, None))), 2, 4) == 2",
            "assert bst_lowest_common_ancestor((6, (2, (0, None, None), (4, (3, None, None), (5, None, None))), (8, (7, None, None), (9, None, None))), 3, 5) == 4",
            "assert bst_lowest_common_ancestor((6, (2, (0, None, None), (4, (3, None, None), (5, None, None))), (8, (7, None, None), (9, None, None))), 7, 7) == 7",
        ],
        "poor_style": '''def bst_lowest_common_ancestor(tree, a, b):
    def path(t, x):
        p = []
        while t != None:
            p.append(t[0])
            if x == t[0]:
                break
            if x < t[0]:
                t = t[1]
            else:
                t = t[2]
        return p
    pa = path(tree, a)
    pb = path(tree, b)
    ans = None
    for i in range(len(pa)):
        for j in range(len(pb)):
            if i == j and pa[i] == pb[j]:
                ans = pa[i]
    return ans
''',
        "partly_wrong": '''def bst_lowest_common_ancestor(tree, a, b):
    node = tree
    while node is not None:
        value, left, right = node
        if a < value or b < value:
            node = left
        elif a > value and b > value:
            node = right
        else:
            return value
    return None
''',
    },
    {
        "id": "en_k_closest_points",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `k_closest_points(points, k)` that takes a list of "
            "`(x, y)` integer tuples and returns the `k` points closest to the origin "
            "by Euclidean distance, nearest first. Points at equal distance keep their "
            "original order. If `k` exceeds the number of points return them all; "
            "`k = 0` gives `[]`. Use the `heapq` module."
        ),
        "entry_point": "k_closest_points",
        "explanation": (
            "`heapq.nsmallest` with the squared distance as key keeps only k candidates "
            "(O(n log k)) and is documented to match a stable sort, so ties keep their "
            "input order; squaring avoids floating-point square roots."
        ),
        "solution": '''import heapq


def k_closest_points(points: list[tuple[int, int]], k: int) -> list[tuple[int, int]]:
    if k <= 0:
        return []
    return heapq.nsmallest(k, points, key=lambda p: p[0] * p[0] + p[1] * p[1])
''',
        "tests": [
            "assert k_closest_points([(1, 3), (-2, 2), (5, 1)], 1) == [(-2, 2)]",
            "assert k_closest_points([(3, 3), (5, -1), (-2, 4)], 2) == [(3, 3), (-2, 4)]",
            "assert k_closest_points([(1, 0), (0, 1), (-1, 0)], 2) == [(1, 0), (0, 1)]",
            "assert k_closest_points([], 3) == []",
            "assert k_closest_points([(0, 0)], 0) == []",
        ],
        "poor_style": '''import math


def k_closest_points(points, k):
    remaining = []
    for p in points:
        remaining.append(p)
    result = []
    while len(result) < k and len(remaining) > 0:
        best = 0
        for i in range(len(remaining)):
            d1 = math.sqrt(remaining[i][0] ** 2 + remaining[i][1] ** 2)
            d2 = math.sqrt(remaining[best][0] ** 2 + remaining[best][1] ** 2)
            if d1 < d2:
                best = i
        result.append(remaining[best])
        remaining.pop(best)
    return result
''',
        "partly_wrong": '''import heapq


def k_closest_points(points, k):
    return heapq.nsmallest(k, points, key=lambda p: abs(p[0]) + abs(p[1]))
''',
    },
    {
        "id": "en_merge_sorted_lists",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `merge_sorted_lists(lists)` that takes a list of "
            "lists, each already sorted in ascending order, and returns one sorted list "
            "containing all their elements. Use a heap so that merging k lists with n "
            "total elements takes O(n log k)."
        ),
        "entry_point": "merge_sorted_lists",
        "explanation": (
            "Seed a min-heap with the first element of each non-empty list, tagged with "
            "its list and position; repeatedly pop the smallest and push that list's "
            "next element."
        ),
        "solution": '''import heapq


def merge_sorted_lists(lists: list[list[int]]) -> list[int]:
    heap = [(items[0], i, 0) for i, items in enumerate(lists) if items]
    heapq.heapify(heap)
    merged = []
    while heap:
        value, list_index, position = heapq.heappop(heap)
        merged.append(value)
        if position + 1 < len(lists[list_index]):
            nxt = lists[list_index][position + 1]
            heapq.heappush(heap, (nxt, list_index, position + 1))
    return merged
''',
        "tests": [
            "assert merge_sorted_lists([[1, 4, 5], [1, 3, 4], [2, 6]]) == [1, 1, 2, 3, 4, 4, 5, 6]",
            "assert merge_sorted_lists([]) == []",
            "assert merge_sorted_lists([[], [1]]) == [1]",
            "assert merge_sorted_lists([[], []]) == []",
            "assert merge_sorted_lists([[2, 2], [1]]) == [1, 2, 2]",
        ],
        "poor_style": '''def merge_sorted_lists(lists):
    everything = []
    for l in lists:
        for x in l:
            everything.append(x)
    for i in range(len(everything)):
        for j in range(len(everything) - 1 - i):
            if everything[j] > everything[j + 1]:
                everything[j], everything[j + 1] = everything[j + 1], everything[j]
    return everything
''',
        "partly_wrong": '''def merge_sorted_lists(lists):
    if not lists:
        return []
    positions = [0] * len(lists)
    result = []
    while all(p < len(l) for p, l in zip(positions, lists)):
        best = 0
        for i in range(1, len(lists)):
            if lists[i][positions[i]] < lists[best][positions[best]]:
                best = i
        result.append(lists[best][positions[best]])
        positions[best] += 1
    return result
''',
    },
    {
        "id": "en_running_medians",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `running_medians(nums)` that, for a list of "
            "numbers, returns a list whose i-th element is the median of "
            "`nums[0..i]` as a float. With an even count the median is the mean of "
            "the two middle values. Aim for O(log n) work per element using two heaps."
        ),
        "entry_point": "running_medians",
        "explanation": (
            "Keep the lower half in a max-heap (stored negated) and the upper half in "
            "a min-heap, rebalancing so the lower half has at most one extra element. "
            "The median is the top of the lower heap or the mean of both tops."
        ),
        "solution": '''import heapq


def running_medians(nums: list[float]) -> list[float]:
    lower: list[float] = []
    upper: list[float] = []
    medians = []
    for value in nums:
        heapq.heappush(lower, -value)
        heapq.heappush(upper, -heapq.heappop(lower))
        if len(upper) > len(lower):
            heapq.heappush(lower, -heapq.heappop(upper))
        if len(lower) > len(upper):
            medians.append(float(-lower[0]))
        else:
            medians.append((-lower[0] + upper[0]) / 2)
    return medians
''',
        "tests": [
            "assert running_medians([5, 15, 1, 3]) == [5.0, 10.0, 5.0, 4.0]",
            "assert running_medians([]) == []",
            "assert running_medians([7]) == [7.0]",
            "assert running_medians([1, 2, 3, 4, 5]) == [1.0, 1.5, 2.0, 2.5, 3.0]",
        ],
        "poor_style": '''def running_medians(nums):
    out = []
    for i in range(len(nums)):
        part = sorted(nums[0:i + 1])
        n = len(part)
        if n % 2 == 1:
            out.append(float(part[n // 2]))
        else:
            out.append(float((part[n // 2 - 1] + part[n // 2]) / 2))
    return out
''',
        "partly_wrong": '''def running_medians(nums):
    seen = []
    medians = []
    for value in nums:
        seen.append(value)
        seen.sort()
        medians.append(float(seen[len(seen) // 2]))
    return medians
''',
    },
    {
        "id": "en_top_k_frequent_words",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `top_k_frequent_words(words, k)` that returns the "
            "`k` most frequent strings in `words`, most frequent first. Words with the "
            "same frequency are ordered alphabetically. If there are fewer than `k` "
            "distinct words, return all of them."
        ),
        "entry_point": "top_k_frequent_words",
        "explanation": (
            "Count with `collections.Counter`, then take the k smallest items under the "
            "key (-count, word) with `heapq.nsmallest`, which encodes both the frequency "
            "order and the alphabetical tie-break."
        ),
        "solution": '''import heapq
from collections import Counter


def top_k_frequent_words(words: list[str], k: int) -> list[str]:
    counts = Counter(words)
    return heapq.nsmallest(k, counts, key=lambda word: (-counts[word], word))
''',
        "tests": [
            "assert top_k_frequent_words(['b', 'a', 'b', 'a', 'c'], 2) == ['a', 'b']",
            "assert top_k_frequent_words(['x', 'y', 'x'], 1) == ['x']",
            "assert top_k_frequent_words([], 3) == []",
            "assert top_k_frequent_words(['d', 'c', 'b'], 2) == ['b', 'c']",
            "assert top_k_frequent_words(['hi', 'yo', 'yo'], 5) == ['yo', 'hi']",
        ],
        "poor_style": '''def top_k_frequent_words(words, k):
    d = {}
    for w in words:
        if w in d.keys():
            d[w] = d[w] + 1
        else:
            d[w] = 1
    items = []
    for w in d:
        items.append([d[w], w])
    for i in range(len(items)):
        for j in range(len(items) - 1):
            a = items[j]
            b = items[j + 1]
            if a[0] < b[0] or (a[0] == b[0] and a[1] > b[1]):
                items[j], items[j + 1] = items[j + 1], items[j]
    res = []
    for i in range(min(k, len(items))):
        res.append(items[i][1])
    return res
''',
        "partly_wrong": '''from collections import Counter


def top_k_frequent_words(words, k):
    return [word for word, _ in Counter(words).most_common(k)]
''',
    },
    {
        "id": "en_min_meeting_rooms",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `min_meeting_rooms(meetings)` that takes a list of "
            "`[start, end]` pairs of integers (a meeting occupies a room from `start` "
            "up to but not including `end`) and returns the minimum number of rooms "
            "needed so that no two overlapping meetings share a room. A meeting that "
            "starts exactly when another ends can reuse its room."
        ),
        "entry_point": "min_meeting_rooms",
        "explanation": (
            "Process meetings by start time while a min-heap holds the end times of "
            "rooms in use; if the earliest end is not after the new start, that room is "
            "reused. The heap's largest size is the answer, in O(n log n)."
        ),
        "solution": '''import heapq


def min_meeting_rooms(meetings: list[list[int]]) -> int:
    end_times: list[int] = []
    for start, end in sorted(meetings):
        if end_times and end_times[0] <= start:
            heapq.heapreplace(end_times, end)
        else:
            heapq.heappush(end_times, end)
    return len(end_times)
''',
        "tests": [
            "assert min_meeting_rooms([[0, 30], [5, 10], [15, 20]]) == 2",
            "assert min_meeting_rooms([]) == 0",
            "assert min_meeting_rooms([[1, 5], [5, 10]]) == 1",
            "assert min_meeting_rooms([[1, 10], [2, 9], [3, 8]]) == 3",
            "assert min_meeting_rooms([[7, 8], [1, 2]]) == 1",
        ],
        "poor_style": '''def min_meeting_rooms(meetings):
    if len(meetings) == 0:
        return 0
    lo = min([m[0] for m in meetings])
    hi = max([m[1] for m in meetings])
    best = 0
    for t in range(lo, hi):
        c = 0
        for m in meetings:
            if m[0] <= t and t < m[1]:
                c = c + 1
        if c > best:
            best = c
    return best
''',
        "partly_wrong": '''import heapq


def min_meeting_rooms(meetings):
    end_times = []
    for start, end in sorted(meetings):
        if end_times and end_times[0] < start:
            heapq.heapreplace(end_times, end)
        else:
            heapq.heappush(end_times, end)
    return len(end_times)
''',
    },
    {
        "id": "en_union_find",
        "category": "data_structures",
        "prompt": (
            "Write a Python class `UnionFind` (disjoint-set union) over the elements "
            "`0 .. n - 1`, created with `UnionFind(n)`. It must provide "
            "`union(a, b)`, which merges the sets containing `a` and `b` and returns "
            "True, or returns False if they were already in the same set; "
            "`connected(a, b)`, which returns whether `a` and `b` are in the same set; "
            "and `count()`, which returns the current number of disjoint sets. Use "
            "path compression and union by size."
        ),
        "entry_point": "UnionFind",
        "explanation": (
            "Each element points to a parent and the root identifies the set; `find` "
            "compresses paths on the way up and `union` hangs the smaller tree under "
            "the larger one, giving near-constant amortised time per operation."
        ),
        "solution": '''class UnionFind:
    def __init__(self, n: int) -> None:
        self._parent = list(range(n))
        self._size = [1] * n
        self._sets = n

    def _find(self, x: int) -> int:
        root = x
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[x] != root:
            self._parent[x], x = root, self._parent[x]
        return root

    def union(self, a: int, b: int) -> bool:
        root_a, root_b = self._find(a), self._find(b)
        if root_a == root_b:
            return False
        if self._size[root_a] < self._size[root_b]:
            root_a, root_b = root_b, root_a
        self._parent[root_b] = root_a
        self._size[root_a] += self._size[root_b]
        self._sets -= 1
        return True

    def connected(self, a: int, b: int) -> bool:
        return self._find(a) == self._find(b)

    def count(self) -> int:
        return self._sets
''',
        "tests": [
            "assert (lambda uf: (uf.union(0, 1), uf.union(1, 2), uf.connected(0, 2))[-1])(UnionFind(4)) == True",
            "assert UnionFind(5).count() == 5",
            "assert (lambda uf: (uf.union(0, 1), uf.union(2, 3), uf.count())[-1])(UnionFind(5)) == 3",
            "assert (lambda uf: (uf.union(0, 1), uf.union(1, 0)))(UnionFind(2)) == (True, False)",
            "assert (lambda uf: (uf.union(0, 1), uf.union(0, 2), uf.connected(1, 2))[-1])(UnionFind(3)) == True",
        ],
        "poor_style": '''class UnionFind:
    def __init__(self, n):
        self.label = [i for i in range(n)]

    def union(self, a, b):
        la = self.label[a]
        lb = self.label[b]
        if la == lb:
            return False
        for i in range(len(self.label)):
            if self.label[i] == lb:
                self.label[i] = la
        return True

    def connected(self, a, b):
        if self.label[a] == self.label[b]:
            return True
        else:
            return False

    def count(self):
        seen = []
        for l in self.label:
            if l not in seen:
                seen.append(l)
        return len(seen)
''',
        "partly_wrong": '''class UnionFind:
    def __init__(self, n):
        self.parent = list(range(n))
        self.sets = n

    def find(self, x):
        while self.parent[x] != x:
            x = self.parent[x]
        return x

    def union(self, a, b):
        if self.find(a) == self.find(b):
            return False
        self.parent[a] = b
        self.sets -= 1
        return True

    def connected(self, a, b):
        return self.find(a) == self.find(b)

    def count(self):
        return self.sets
''',
    },
    {
        "id": "en_find_redundant_edge",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `find_redundant_edge(edges)` that takes a list of "
            "undirected edges `[u, v]` between integer nodes and returns the first edge, "
            "in input order, whose two endpoints are already connected by the edges "
            "before it (that is, the first edge that closes a cycle). Return None if no "
            "edge closes a cycle. Use a union-find structure."
        ),
        "entry_point": "find_redundant_edge",
        "explanation": (
            "Process the edges in order with a union-find keyed by node; an edge whose "
            "endpoints already share a root closes a cycle and is returned immediately."
        ),
        "solution": '''def find_redundant_edge(edges: list[list[int]]) -> list[int] | None:
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in edges:
        root_u, root_v = find(u), find(v)
        if root_u == root_v:
            return [u, v]
        parent[root_u] = root_v
    return None
''',
        "tests": [
            "assert find_redundant_edge([[1, 2], [1, 3], [2, 3]]) == [2, 3]",
            "assert find_redundant_edge([[1, 2], [2, 3]]) == None",
            "assert find_redundant_edge([[1, 2], [2, 3], [3, 4], [1, 4], [1, 5]]) == [1, 4]",
            "assert find_redundant_edge([]) == None",
            "assert find_redundant_edge([[5, 5]]) == [5, 5]",
        ],
        "poor_style": '''def find_redundant_edge(edges):
    for i in range(len(edges)):
        adj = {}
        for j in range(i):
            a, b = edges[j]
            adj.setdefault(a, []).append(b)
            adj.setdefault(b, []).append(a)
        u, v = edges[i]
        seen = [u]
        todo = [u]
        while len(todo) > 0:
            x = todo.pop()
            for y in adj.get(x, []):
                if y not in seen:
                    seen.append(y)
                    todo.append(y)
        if v in seen:
            return [u, v]
    return None
''',
        "partly_wrong": '''def find_redundant_edge(edges):
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for u, v in edges:
        if find(u) == find(v):
            return [u, v]
        parent[u] = v
    return None
''',
    },
    {
        "id": "en_lru_cache",
        "category": "data_structures",
        "prompt": (
            "Write a Python class `LRUCache` created as `LRUCache(capacity)` with "
            "methods `get(key)` and `put(key, value)`. `get` returns the stored value "
            "or -1 if the key is absent. `put` inserts or updates a key; if this makes "
            "the cache exceed its capacity, the least recently used key is evicted. "
            "Both reading a key with `get` and writing it with `put` count as a use. "
            "Both operations must be O(1)."
        ),
        "entry_point": "LRUCache",
        "explanation": (
            "An `OrderedDict` keeps keys in recency order: `move_to_end` marks a use and "
            "`popitem(last=False)` evicts the oldest entry, both in O(1)."
        ),
        "solution": '''from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._data: OrderedDict = OrderedDict()

    def get(self, key):
        if key not in self._data:
            return -1
        self._data.move_to_end(key)
        return self._data[key]

    def put(self, key, value) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        if len(self._data) > self._capacity:
            self._data.popitem(last=False)
''',
        "tests": [
            "assert (lambda c: (c.put(1, 'a'), c.put(2, 'b'), c.get(1))[-1])(LRUCache(2)) == 'a'",
            "assert (lambda c: (c.put(1, 'a'), c.put(2, 'b'), c.get(1), c.put(3, 'c'), c.get(2))[-1])(LRUCache(2)) == -1",
            "assert (lambda c: (c.put(1, 'a'), c.put(2, 'b'), c.get(1), c.put(3, 'c'), c.get(1))[-1])(LRUCache(2)) == 'a'",
            "assert (lambda c: (c.put(1, 'a'), c.put(1, 'z'), c.get(1))[-1])(LRUCache(1)) == 'z'",
            "assert LRUCache(3).get(42) == -1",
        ],
        "poor_style": '''class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.keys = []
        self.values = {}

    def get(self, key):
        if key in self.keys:
            self.keys.remove(key)
            self.keys.append(key)
            return self.values[key]
        else:
            return -1

    def put(self, key, value):
        if key in self.keys:
            self.keys.remove(key)
        self.keys.append(key)
        self.values[key] = value
        while len(self.keys) > self.capacity:
            old = self.keys[0]
            self.keys = self.keys[1:]
            del self.values[old]
''',
        "partly_wrong": '''from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        return self.data.get(key, -1)

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
''',
    },
    {
        "id": "en_trie",
        "category": "data_structures",
        "prompt": (
            "Write a Python class `Trie` (prefix tree) for lowercase strings with "
            "`insert(word)`, `search(word)` which returns True only if exactly that word "
            "was inserted, and `starts_with(prefix)` which returns True if any inserted "
            "word begins with `prefix`. The empty prefix always matches."
        ),
        "entry_point": "Trie",
        "explanation": (
            "Each node is a dict from character to child node; a special end marker "
            "records that a complete word stops there, which separates `search` from "
            "`starts_with`. Each operation is O(length of the word)."
        ),
        "solution": '''class Trie:
    _END = "$end"

    def __init__(self) -> None:
        self._root: dict = {}

    def insert(self, word: str) -> None:
        node = self._root
        for char in word:
            node = node.setdefault(char, {})
        node[self._END] = True

    def _walk(self, text: str) -> dict | None:
        node = self._root
        for char in text:
            if char not in node:
                return None
            node = node[char]
        return node

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and self._END in node

    def starts_with(self, prefix: str) -> bool:
        return self._walk(prefix) is not None
''',
        "tests": [
            "assert (lambda t: (t.insert('apple'), t.search('apple'))[-1])(Trie()) == True",
            "assert (lambda t: (t.insert('apple'), t.search('app'))[-1])(Trie()) == False",
            "assert (lambda t: (t.insert('apple'), t.starts_with('app'))[-1])(Trie()) == True",
            "assert (lambda t: (t.insert('app'), t.insert('apple'), t.search('app'), t.starts_with('b'))[2:])(Trie()) == (True, False)",
            "assert Trie().starts_with('') == True",
        ],
        "poor_style": '''class Trie:
    def __init__(self):
        self.words = []

    def insert(self, word):
        if word not in self.words:
            self.words.append(word)

    def search(self, word):
        for w in self.words:
            if w == word:
                return True
        return False

    def starts_with(self, prefix):
        result = False
        for w in self.words:
            if w[:len(prefix)] == prefix:
                result = True
        if prefix == "":
            result = True
        return result
''',
        "partly_wrong": '''class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for char in word:
            node = node.setdefault(char, {})

    def search(self, word):
        node = self.root
        for char in word:
            if char not in node:
                return False
            node = node[char]
        return True

    def starts_with(self, prefix):
        return self.search(prefix)
''',
    },
    {
        "id": "en_autocomplete",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `autocomplete(words, prefix, limit)` that returns "
            "at most `limit` distinct words from the list `words` that start with "
            "`prefix`, in alphabetical order. Duplicated words in the input appear only "
            "once in the output."
        ),
        "entry_point": "autocomplete",
        "explanation": (
            "Sort the distinct words once; all words with a given prefix then form a "
            "contiguous block, which `bisect_left` locates in O(log n)."
        ),
        "solution": '''from bisect import bisect_left


def autocomplete(words: list[str], prefix: str, limit: int) -> list[str]:
    ordered = sorted(set(words))
    start = bisect_left(ordered, prefix)
    result = []
    for word in ordered[start:]:
        if len(result) == limit or not word.startswith(prefix):
            break
        result.append(word)
    return result
''',
        "tests": [
            "assert autocomplete(['car', 'card', 'care', 'cat', 'dog', 'car'], 'car', 10) == ['car', 'card', 'care']",
            "assert autocomplete(['apple', 'banana'], 'c', 5) == []",
            "assert autocomplete(['b', 'a', 'ab', 'abc'], 'a', 2) == ['a', 'ab']",
            "assert autocomplete(['x'], '', 3) == ['x']",
        ],
        "poor_style": '''def autocomplete(words, prefix, limit):
    matches = []
    for i in range(len(words)):
        w = words[i]
        ok = True
        if len(w) < len(prefix):
            ok = False
        else:
            for j in range(len(prefix)):
                if w[j] != prefix[j]:
                    ok = False
        if ok and w not in matches:
            matches.append(w)
    matches.sort()
    return matches[0:limit]
''',
        "partly_wrong": '''def autocomplete(words, prefix, limit):
    matches = sorted(w for w in words if w.startswith(prefix))
    return matches[:limit]
''',
    },
    # ------------------------------------------------------------------
    # Parsing and formatting
    # ------------------------------------------------------------------
    {
        "id": "en_sort_roman_numerals",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `sort_roman_numerals(numerals)` that takes a list "
            "of valid Roman numeral strings (symbols I, V, X, L, C, D, M with the usual "
            "subtractive pairs such as IV, IX, XL, XC, CD and CM) and returns a new list "
            "sorted by numeric value, ascending. Numerals with equal values keep their "
            "original relative order."
        ),
        "entry_point": "sort_roman_numerals",
        "explanation": (
            "Convert each numeral once with a helper that subtracts a symbol when a "
            "larger one follows it, and use that value as the sort key; Python's sort "
            "is stable, so equal values keep their order."
        ),
        "solution": '''_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _roman_value(numeral: str) -> int:
    total = 0
    for symbol, following in zip(numeral, numeral[1:] + " "):
        value = _ROMAN_VALUES[symbol]
        if following != " " and _ROMAN_VALUES[following] > value:
            total -= value
        else:
            total += value
    return total


def sort_roman_numerals(numerals: list[str]) -> list[str]:
    return sorted(numerals, key=_roman_value)
''',
        "tests": [
            "assert sort_roman_numerals(['X', 'IX', 'XI', 'I']) == ['I', 'IX', 'X', 'XI']",
            "assert sort_roman_numerals([]) == []",
            "assert sort_roman_numerals(['MCM', 'CM', 'MM']) == ['CM', 'MCM', 'MM']",
            "assert sort_roman_numerals(['XL', 'L', 'XC']) == ['XL', 'L', 'XC']",
            "assert sort_roman_numerals(['IV', 'VI', 'V']) == ['IV', 'V', 'VI']",
        ],
        "poor_style": '''def sort_roman_numerals(numerals):
    result = list(numerals)
    for i in range(len(result)):
        for j in range(len(result) - 1 - i):
            vals = []
            for s in (result[j], result[j + 1]):
                t = 0
                k = 0
                while k < len(s):
                    d = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
                    if k + 1 < len(s) and d[s[k]] < d[s[k + 1]]:
                        t = t - d[s[k]]
                    else:
                        t = t + d[s[k]]
                    k = k + 1
                vals.append(t)
            if vals[0] > vals[1]:
                result[j], result[j + 1] = result[j + 1], result[j]
    return result
''',
        "partly_wrong": '''def sort_roman_numerals(numerals):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    return sorted(numerals, key=lambda numeral: sum(values[s] for s in numeral))
''',
    },
    {
        "id": "en_is_canonical_roman",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `is_canonical_roman(text)` that returns True if "
            "`text` is a Roman numeral written in standard modern form for a number "
            "from 1 to 3999: symbols I, V, X, L, C, D, M, at most three repeats of a "
            "symbol, V, L and D never repeated, and only the subtractive pairs IV, IX, "
            "XL, XC, CD and CM. Anything else, including the empty string, \"IIII\", "
            "\"IC\" or \"VX\", returns False."
        ),
        "entry_point": "is_canonical_roman",
        "explanation": (
            "A canonical numeral is thousands, then hundreds, tens and units, each "
            "written in one of a few fixed shapes; one anchored regular expression "
            "encodes those shapes, and a non-empty check rules out zero."
        ),
        "solution": '''import re

_CANONICAL_ROMAN = re.compile(
    r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})"
)


def is_canonical_roman(text: str) -> bool:
    return bool(text) and _CANONICAL_ROMAN.fullmatch(text) is not None
''',
        "tests": [
            "assert is_canonical_roman('MCMXCIV') == True",
            "assert is_canonical_roman('IIII') == False",
            "assert is_canonical_roman('') == False",
            "assert is_canonical_roman('IC') == False",
            "assert is_canonical_roman('MMMCMXCIX') == True",
            "assert is_canonical_roman('VX') == False",
        ],
        "poor_style": '''def is_canonical_roman(text):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    if text == "":
        return False
    for c in text:
        if c not in vals:
            return False
    total = 0
    i = 0
    while i < len(text):
        if i + 1 < len(text) and vals[text[i]] < vals[text[i + 1]]:
            total = total - vals[text[i]]
        else:
            total = total + vals[text[i]]
        i += 1
    if total < 1 or total > 3999:
        return False
    back = ""
    n = total
    table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
             (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    for v, s in table:
        while n >= v:
            back = back + s
            n = n - v
    if back == text:
        return True
    else:
        return False
''',
        "partly_wrong": '''def is_canonical_roman(text):
    return bool(text) and set(text) <= set("IVXLCDM")
''',
    },
    {
        "id": "en_tokenize_arithmetic",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `tokenize_arithmetic(expression)` that splits an "
            "arithmetic expression string into tokens. Non-negative integer literals "
            "(one or more digits) become `int` values; the characters `+ - * / ( )` "
            "become one-character strings; spaces are skipped. Any other character "
            "raises `ValueError`. A minus sign is always its own token."
        ),
        "entry_point": "tokenize_arithmetic",
        "explanation": (
            "Scan the string with an index, grouping consecutive digits into one "
            "integer and emitting operators and parentheses as single tokens. "
            "Unknown characters are rejected immediately."
        ),
        "solution": '''def tokenize_arithmetic(expression: str) -> list:
    tokens: list = []
    index = 0
    while index < len(expression):
        char = expression[index]
        if char.isdigit():
            start = index
            while index < len(expression) and expression[index].isdigit():
                index += 1
            tokens.append(int(expression[start:index]))
            continue
        if char in "+-*/()":
            tokens.append(char)
        elif not char.isspace():
            raise ValueError(f"unexpected character {char!r}")
        index += 1
    return tokens
''',
        "tests": [
            "assert tokenize_arithmetic('12+3*(4-1)') == [12, '+', 3, '*', '(', 4, '-', 1, ')']",
            "assert tokenize_arithmetic('  7 ') == [7]",
            "assert tokenize_arithmetic('') == []",
            "assert tokenize_arithmetic('10 / 25') == [10, '/', 25]",
        ],
        "poor_style": '''def tokenize_arithmetic(expression):
    out = []
    num = ""
    for c in expression:
        if c in "0123456789":
            num = num + c
        else:
            if num != "":
                out.append(int(num))
                num = ""
            if c == "+" or c == "-" or c == "*" or c == "/" or c == "(" or c == ")":
                out.append(c)
            elif c == " " or c == "\\t":
                pass
            else:
                raise ValueError("bad char")
    if num != "":
        out.append(int(num))
        num = ""
    return out
''',
        "partly_wrong": '''def tokenize_arithmetic(expression):
    tokens = []
    for char in expression:
        if char.isdigit():
            tokens.append(int(char))
        elif char in "+-*/()":
            tokens.append(char)
        elif not char.isspace():
            raise ValueError(char)
    return tokens
''',
    },
    {
        "id": "en_calculate_expression",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `calculate_expression(expression)` that evaluates "
            "a string containing non-negative integers, the binary operators `+`, `-` "
            "and `*`, parentheses and spaces. Multiplication binds tighter than "
            "addition and subtraction, and operators of equal precedence associate to "
            "the left. Do not use `eval`; return the integer result."
        ),
        "entry_point": "calculate_expression",
        "explanation": (
            "Tokenize with a regular expression, then use a small recursive-descent "
            "parser: an expression is terms joined by + or -, a term is factors joined "
            "by *, and a factor is a number or a parenthesised expression."
        ),
        "solution": '''import re


def calculate_expression(expression: str) -> int:
    tokens = re.findall(r"\\d+|[-+*()]", expression)
    position = 0

    def parse_expression() -> int:
        nonlocal position
        value = parse_term()
        while position < len(tokens) and tokens[position] in ("+", "-"):
            operator = tokens[position]
            position += 1
            operand = parse_term()
            value = value + operand if operator == "+" else value - operand
        return value

    def parse_term() -> int:
        nonlocal position
        value = parse_factor()
        while position < len(tokens) and tokens[position] == "*":
            position += 1
            value *= parse_factor()
        return value

    def parse_factor() -> int:
        nonlocal position
        token = tokens[position]
        position += 1
        if token == "(":
            value = parse_expression()
            position += 1  # skip the closing parenthesis
            return value
        return int(token)

    return parse_expression()
''',
        "tests": [
            "assert calculate_expression('2+3*4') == 14",
            "assert calculate_expression('(2+3)*4') == 20",
            "assert calculate_expression('10 - 4 - 3') == 3",
            "assert calculate_expression('7') == 7",
            "assert calculate_expression('2*(3+(4-1))*2') == 24",
        ],
        "poor_style": '''def calculate_expression(expression):
    def flat(s):
        nums = []
        ops = []
        cur = ""
        i = 0
        while i < len(s):
            c = s[i]
            if c.isdigit() or (c == "-" and (i == 0 or s[i - 1] in "+-*")):
                cur = cur + c
            else:
                nums.append(int(cur))
                cur = ""
                ops.append(c)
            i = i + 1
        nums.append(int(cur))
        j = 0
        while j < len(ops):
            if ops[j] == "*":
                nums[j] = nums[j] * nums[j + 1]
                del nums[j + 1]
                del ops[j]
            else:
                j = j + 1
        r = nums[0]
        for k in range(len(ops)):
            if ops[k] == "+":
                r = r + nums[k + 1]
            else:
                r = r - nums[k + 1]
        return r

    e = expression.replace(" ", "")
    while "(" in e:
        close = e.index(")")
        start = e[:close].rindex("(")
        e = e[:start] + str(flat(e[start + 1:close])) + e[close + 1:]
    return flat(e)
''',
        "partly_wrong": '''import re


def calculate_expression(expression):
    tokens = re.findall(r"\\d+|[-+*()]", expression)
    pos = 0

    def operand():
        nonlocal pos
        token = tokens[pos]
        pos += 1
        if token == "(":
            value = parse()
            pos += 1
            return value
        return int(token)

    def parse():
        nonlocal pos
        value = operand()
        while pos < len(tokens) and tokens[pos] != ")":
            op = tokens[pos]
            pos += 1
            rhs = operand()
            if op == "+":
                value += rhs
            elif op == "-":
                value -= rhs
            else:
                value *= rhs
        return value

    return parse()
''',
    },
    {
        "id": "en_split_csv_line",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `split_csv_line(line)` that splits one line of "
            "comma-separated values into a list of field strings. A field may be "
            "wrapped in double quotes; inside quotes, commas are part of the field and "
            "two consecutive double quotes stand for one literal double quote. The "
            "surrounding quotes are not part of the value. An empty line yields `['']`. "
            "Do not use the `csv` module."
        ),
        "entry_point": "split_csv_line",
        "explanation": (
            "Scan character by character with an in-quotes flag: commas split fields "
            "only outside quotes, and a doubled quote inside quotes emits one quote. "
            "The last field is added after the loop."
        ),
        "solution": '''def split_csv_line(line: str) -> list[str]:
    fields: list[str] = []
    current: list[str] = []
    in_quotes = False
    index = 0
    while index < len(line):
        char = line[index]
        if in_quotes:
            if char == '"':
                if index + 1 < len(line) and line[index + 1] == '"':
                    current.append('"')
                    index += 1
                else:
                    in_quotes = False
            else:
                current.append(char)
        elif char == '"':
            in_quotes = True
        elif char == ",":
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    fields.append("".join(current))
    return fields
''',
        "tests": [
            "assert split_csv_line('a,b,c') == ['a', 'b', 'c']",
            "assert split_csv_line('a,\"b,c\",d') == ['a', 'b,c', 'd']",
            "assert split_csv_line('\"say \"\"hi\"\"\",x') == ['say \"hi\"', 'x']",
            "assert split_csv_line('') == ['']",
            "assert split_csv_line('a,,b') == ['a', '', 'b']",
        ],
        "poor_style": '''def split_csv_line(line):
    result = []
    field = ""
    q = 0
    skip = False
    for i in range(len(line)):
        if skip == True:
            skip = False
            continue
        ch = line[i]
        if q == 1 and ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
            field = field + '"'
            skip = True
        elif q == 1 and ch == '"':
            q = 0
        elif q == 1:
            field = field + ch
        elif q == 0 and ch == '"':
            q = 1
        elif q == 0 and ch == ",":
            result = result + [field]
            field = ""
        else:
            field = field + ch
    result = result + [field]
    return result
''',
        "partly_wrong": '''def split_csv_line(line):
    return [part.strip('"') for part in line.split(",")]
''',
    },
    {
        "id": "en_parse_config",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `parse_config(text)` that parses a configuration "
            "string made of lines of the form `key = value` and returns a dict of "
            "strings. Whitespace around keys and values is stripped; blank lines, lines "
            "whose first non-space character is `#`, and lines without `=` are ignored. "
            "Only the first `=` separates key from value, so values may contain `=`. If "
            "a key repeats, the last value wins."
        ),
        "entry_point": "parse_config",
        "explanation": (
            "Process the text line by line, skipping comments and lines without an "
            "equals sign, and use `str.partition` so only the first `=` splits the line."
        ),
        "solution": '''def parse_config(text: str) -> dict[str, str]:
    config: dict[str, str] = {}
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        config[key.strip()] = value.strip()
    return config
''',
        "tests": [
            "assert parse_config('host = example.com\\nport=8080') == {'host': 'example.com', 'port': '8080'}",
            "assert parse_config('# comment\\n\\n  name = demo  \\n') == {'name': 'demo'}",
            "assert parse_config('url=http://x/?a=b') == {'url': 'http://x/?a=b'}",
            "assert parse_config('') == {}",
            "assert parse_config('a=1\\na=2\\nnoequals') == {'a': '2'}",
        ],
        "poor_style": '''def parse_config(text):
    d = dict()
    lines = text.split("\\n")
    for i in range(len(lines)):
        l = lines[i].strip()
        if len(l) == 0:
            continue
        if l[0] == "#":
            continue
        pos = -1
        for j in range(len(l)):
            if l[j] == "=" and pos == -1:
                pos = j
        if pos == -1:
            continue
        k = l[0:pos].strip()
        v = l[pos + 1:len(l)].strip()
        if k in d:
            del d[k]
        d[k] = v
    return d
''',
        "partly_wrong": '''def parse_config(text):
    config = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=")
        config[key.strip()] = value.strip()
    return config
''',
    },
    {
        "id": "en_compare_versions",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `compare_versions(a, b)` that compares two version "
            "strings made of dot-separated non-negative integers (for example "
            "\"1.10.2\"). Compare numerically component by component, treating missing "
            "trailing components as 0 (so \"1.0\" equals \"1\") and ignoring leading "
            "zeros. Return -1 if `a` is older, 1 if `a` is newer and 0 if equal."
        ),
        "entry_point": "compare_versions",
        "explanation": (
            "Convert both versions to integer lists, pad the shorter with zeros and "
            "compare the lists; comparing integers rather than strings makes "
            "\"1.10\" newer than \"1.2\"."
        ),
        "solution": '''from itertools import zip_longest


def compare_versions(a: str, b: str) -> int:
    for left, right in zip_longest(
        (int(part) for part in a.split(".")),
        (int(part) for part in b.split(".")),
        fillvalue=0,
    ):
        if left != right:
            return -1 if left < right else 1
    return 0
''',
        "tests": [
            "assert compare_versions('1.2', '1.10') == -1",
            "assert compare_versions('1.0', '1') == 0",
            "assert compare_versions('2.0.1', '2.0.0') == 1",
            "assert compare_versions('0.9', '1.0') == -1",
            "assert compare_versions('1.01', '1.1') == 0",
        ],
        "poor_style": '''def compare_versions(a, b):
    x = a.split(".")
    y = b.split(".")
    while len(x) < len(y):
        x.append("0")
    while len(y) < len(x):
        y.append("0")
    res = 0
    for i in range(len(x)):
        if res == 0:
            if int(x[i]) > int(y[i]):
                res = 1
            elif int(x[i]) < int(y[i]):
                res = -1
            else:
                res = 0
    return res
''',
        "partly_wrong": '''def compare_versions(a, b):
    left = [int(part) for part in a.split(".")]
    right = [int(part) for part in b.split(".")]
    if left < right:
        return -1
    if left > right:
        return 1
    return 0
''',
    },
    {
        "id": "en_parse_query_string",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `parse_query_string(query)` that parses a URL "
            "query string such as \"a=1&b=two+words\" into a dict. An optional leading "
            "\"?\" is ignored, empty segments are skipped, `+` means a space and `%XX` "
            "escapes are decoded in both keys and values. A segment without `=` maps "
            "to the empty string. A key that occurs once maps to a string; a key that "
            "occurs several times maps to a list of its values in order."
        ),
        "entry_point": "parse_query_string",
        "explanation": (
            "Split on `&`, partition each segment at the first `=`, decode with "
            "`urllib.parse.unquote_plus`, and promote a value to a list the second "
            "time its key appears."
        ),
        "solution": '''from urllib.parse import unquote_plus


def parse_query_string(query: str) -> dict:
    result: dict = {}
    for segment in query.removeprefix("?").split("&"):
        if not segment:
            continue
        raw_key, _, raw_value = segment.partition("=")
        key, value = unquote_plus(raw_key), unquote_plus(raw_value)
        if key not in result:
            result[key] = value
        elif isinstance(result[key], list):
            result[key].append(value)
        else:
            result[key] = [result[key], value]
    return result
''',
        "tests": [
            "assert parse_query_string('a=1&b=two+words&c=%21') == {'a': '1', 'b': 'two words', 'c': '!'}",
            "assert parse_query_string('?x=1&x=2&x=3') == {'x': ['1', '2', '3']}",
            "assert parse_query_string('') == {}",
            "assert parse_query_string('flag&k=') == {'flag': '', 'k': ''}",
        ],
        "poor_style": '''from urllib.parse import unquote_plus


def parse_query_string(query):
    if len(query) > 0 and query[0] == "?":
        query = query[1:]
    keys = []
    vals = []
    for seg in query.split("&"):
        if seg == "":
            continue
        if "=" in seg:
            i = seg.index("=")
            keys.append(unquote_plus(seg[:i]))
            vals.append(unquote_plus(seg[i + 1:]))
        else:
            keys.append(unquote_plus(seg))
            vals.append("")
    out = {}
    for k in keys:
        found = []
        for j in range(len(keys)):
            if keys[j] == k:
                found.append(vals[j])
        if len(found) == 1:
            out[k] = found[0]
        else:
            out[k] = found
    return out
''',
        "partly_wrong": '''from urllib.parse import unquote_plus


def parse_query_string(query):
    result = {}
    for segment in query.lstrip("?").split("&"):
        if segment:
            key, _, value = segment.partition("=")
            result[unquote_plus(key)] = unquote_plus(value)
    return result
''',
    },
    {
        "id": "en_build_query_string",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `build_query_string(params)` that turns a dict "
            "into a URL query string without a leading \"?\". Keys are emitted in "
            "sorted order; a value may be a string or a list of strings, and a list "
            "produces one `key=value` pair per item in list order. Keys and values are "
            "encoded with `urllib.parse.quote_plus` (spaces become `+`). An empty dict "
            "gives an empty string."
        ),
        "entry_point": "build_query_string",
        "explanation": (
            "Iterate over the sorted keys, normalise single values to one-element "
            "lists, encode every key and value with `quote_plus` and join the pairs "
            "with `&`."
        ),
        "solution": '''from urllib.parse import quote_plus


def build_query_string(params: dict) -> str:
    pairs: list[str] = []
    for key in sorted(params):
        values = params[key]
        if isinstance(values, str):
            values = [values]
        pairs.extend(f"{quote_plus(key)}={quote_plus(value)}" for value in values)
    return "&".join(pairs)
''',
        "tests": [
            "assert build_query_string({'b': '2', 'a': 'x y'}) == 'a=x+y&b=2'",
            "assert build_query_string({}) == ''",
            "assert build_query_string({'tag': ['p', 'q']}) == 'tag=p&tag=q'",
            "assert build_query_string({'q': 'a&b=c'}) == 'q=a%26b%3Dc'",
        ],
        "poor_style": '''from urllib.parse import quote_plus


def build_query_string(params):
    s = ""
    ks = list(params.keys())
    ks.sort()
    for k in ks:
        v = params[k]
        if type(v) == list:
            for item in v:
                if s != "":
                    s = s + "&"
                s = s + quote_plus(k) + "=" + quote_plus(item)
        else:
            if s != "":
                s = s + "&"
            s = s + quote_plus(k) + "=" + quote_plus(v)
    return s
''',
        "partly_wrong": '''def build_query_string(params):
    pairs = []
    for key in sorted(params):
        values = params[key]
        if isinstance(values, str):
            values = [values]
        for value in values:
            pairs.append(key + "=" + value)
    return "&".join(pairs)
''',
    },
    {
        "id": "en_add_minutes_to_time",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `add_minutes_to_time(time_text, minutes)` that "
            "takes a 24-hour clock time \"HH:MM\" and an integer number of minutes "
            "(possibly negative or larger than a day) and returns the resulting clock "
            "time as a zero-padded \"HH:MM\" string, wrapping around midnight."
        ),
        "entry_point": "add_minutes_to_time",
        "explanation": (
            "Convert the time to minutes after midnight, add the offset and reduce "
            "modulo 1440; Python's modulo is non-negative, so negative offsets wrap "
            "correctly. Format with two-digit fields."
        ),
        "solution": '''def add_minutes_to_time(time_text: str, minutes: int) -> str:
    hours, mins = map(int, time_text.split(":"))
    total = (hours * 60 + mins + minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"
''',
        "tests": [
            "assert add_minutes_to_time('23:30', 45) == '00:15'",
            "assert add_minutes_to_time('09:05', 0) == '09:05'",
            "assert add_minutes_to_time('00:10', -20) == '23:50'",
            "assert add_minutes_to_time('12:00', 2941) == '13:01'",
        ],
        "poor_style": '''def add_minutes_to_time(time_text, minutes):
    h = int(time_text[0:2])
    m = int(time_text[3:5])
    step = 1 if minutes > 0 else -1
    for _ in range(abs(minutes)):
        m = m + step
        if m == 60:
            m = 0
            h = h + 1
        if m == -1:
            m = 59
            h = h - 1
        if h == 24:
            h = 0
        if h == -1:
            h = 23
    hs = str(h)
    if len(hs) == 1:
        hs = "0" + hs
    ms = str(m)
    if len(ms) == 1:
        ms = "0" + ms
    return hs + ":" + ms
''',
        "partly_wrong": '''def add_minutes_to_time(time_text, minutes):
    hours, mins = map(int, time_text.split(":"))
    total = hours * 60 + mins + minutes
    return f"{total // 60:02d}:{total % 60:02d}"
''',
    },
    {
        "id": "en_minutes_between",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `minutes_between(start, end)` that takes two "
            "24-hour times \"HH:MM\" and returns how many minutes pass going forward "
            "from `start` until the clock next shows `end`. If `end` is earlier than "
            "`start` the interval crosses midnight; equal times give 0."
        ),
        "entry_point": "minutes_between",
        "explanation": (
            "Convert both times to minutes after midnight and take the difference "
            "modulo 1440, which handles the wrap past midnight in one step."
        ),
        "solution": '''def minutes_between(start: str, end: str) -> int:
    def to_minutes(text: str) -> int:
        hours, minutes = map(int, text.split(":"))
        return hours * 60 + minutes

    return (to_minutes(end) - to_minutes(start)) % (24 * 60)
''',
        "tests": [
            "assert minutes_between('22:00', '01:30') == 210",
            "assert minutes_between('08:15', '08:45') == 30",
            "assert minutes_between('10:00', '10:00') == 0",
            "assert minutes_between('00:00', '23:59') == 1439",
        ],
        "poor_style": '''def minutes_between(start, end):
    sh = int(start.split(":")[0])
    sm = int(start.split(":")[1])
    eh = int(end.split(":")[0])
    em = int(end.split(":")[1])
    count = 0
    while not (sh == eh and sm == em):
        sm += 1
        if sm == 60:
            sm = 0
            sh += 1
            if sh == 24:
                sh = 0
        count += 1
    return count
''',
        "partly_wrong": '''def minutes_between(start, end):
    sh, sm = map(int, start.split(":"))
    eh, em = map(int, end.split(":"))
    return abs((eh * 60 + em) - (sh * 60 + sm))
''',
    },
    {
        "id": "en_format_duration",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `format_duration(seconds)` that formats a "
            "non-negative integer number of seconds as hours, minutes and seconds, "
            "e.g. 3723 becomes \"1h 2m 3s\". Units whose value is zero are left out, "
            "hours are not rolled into days, and 0 seconds gives \"0s\"."
        ),
        "entry_point": "format_duration",
        "explanation": (
            "Split the total with `divmod` into hours, minutes and seconds, keep only "
            "the non-zero parts and fall back to \"0s\" when nothing is left."
        ),
        "solution": '''def format_duration(seconds: int) -> str:
    hours, remainder = divmod(seconds, 3600)
    minutes, secs = divmod(remainder, 60)
    parts = [
        f"{amount}{unit}"
        for amount, unit in ((hours, "h"), (minutes, "m"), (secs, "s"))
        if amount
    ]
    return " ".join(parts) or "0s"
''',
        "tests": [
            "assert format_duration(3723) == '1h 2m 3s'",
            "assert format_duration(0) == '0s'",
            "assert format_duration(60) == '1m'",
            "assert format_duration(3601) == '1h 1s'",
            "assert format_duration(86400) == '24h'",
        ],
        "poor_style": '''def format_duration(seconds):
    h = 0
    m = 0
    s = seconds
    while s >= 3600:
        s = s - 3600
        h = h + 1
    while s >= 60:
        s = s - 60
        m = m + 1
    out = ""
    if h != 0:
        out = out + str(h) + "h"
    if m != 0:
        if out != "":
            out = out + " "
        out = out + str(m) + "m"
    if s != 0:
        if out != "":
            out = out + " "
        out = out + str(s) + "s"
    if out == "":
        out = "0s"
    return out
''',
        "partly_wrong": '''def format_duration(seconds):
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}h {minutes}m {secs}s"
''',
    },
    {
        "id": "en_to_12_hour",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `to_12_hour(time_text)` that converts a 24-hour "
            "time \"HH:MM\" to 12-hour format \"H:MM AM\" or \"H:MM PM\" with no leading "
            "zero on the hour. Midnight is \"12:00 AM\" and noon is \"12:00 PM\"."
        ),
        "entry_point": "to_12_hour",
        "explanation": (
            "Hours below 12 are AM, the rest PM; `hour % 12 or 12` maps 0 and 12 to 12 "
            "and everything else to its 12-hour value."
        ),
        "solution": '''def to_12_hour(time_text: str) -> str:
    hour_text, minute_text = time_text.split(":")
    hour = int(hour_text)
    suffix = "AM" if hour < 12 else "PM"
    return f"{hour % 12 or 12}:{minute_text} {suffix}"
''',
        "tests": [
            "assert to_12_hour('00:05') == '12:05 AM'",
            "assert to_12_hour('12:00') == '12:00 PM'",
            "assert to_12_hour('13:45') == '1:45 PM'",
            "assert to_12_hour('09:30') == '9:30 AM'",
            "assert to_12_hour('23:59') == '11:59 PM'",
        ],
        "poor_style": '''def to_12_hour(time_text):
    h = int(time_text.split(":")[0])
    m = time_text.split(":")[1]
    if h == 0:
        return "12" + ":" + m + " " + "AM"
    elif h < 12:
        return str(h) + ":" + m + " " + "AM"
    elif h == 12:
        return "12" + ":" + m + " " + "PM"
    else:
        return str(h - 12) + ":" + m + " " + "PM"
''',
        "partly_wrong": '''def to_12_hour(time_text):
    hour, minute = time_text.split(":")
    hour = int(hour)
    suffix = "AM" if hour < 12 else "PM"
    return f"{hour % 12}:{minute} {suffix}"
''',
    },
    {
        "id": "en_split_shell_words",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `split_shell_words(command)` that splits a "
            "command line into words the way a simple shell does, without using "
            "`shlex`. Unquoted whitespace separates words. Text inside single quotes "
            "is taken literally. Inside double quotes, `\\\"` means a double quote and "
            "`\\\\` a backslash; any other character, including other backslashes, is "
            "literal. Outside quotes a backslash makes the next character literal "
            "(so an escaped space does not split). Quoted parts join the text around "
            "them, and `''` or `\"\"` on its own yields an empty word. Raise `ValueError` "
            "for an unterminated quote or a trailing backslash."
        ),
        "entry_point": "split_shell_words",
        "explanation": (
            "Scan the string once, building the current word and remembering whether "
            "a word has started (so empty quoted words survive). Whitespace ends a word; "
            "quotes and escapes append characters according to their rules."
        ),
        "solution": '''def split_shell_words(command: str) -> list[str]:
    words: list[str] = []
    current: list[str] = []
    in_word = False
    index = 0
    length = len(command)
    while index < length:
        char = command[index]
        if char.isspace():
            if in_word:
                words.append("".join(current))
                current, in_word = [], False
        elif char == "\\\\":
            if index + 1 >= length:
                raise ValueError("trailing backslash")
            current.append(command[index + 1])
            in_word = True
            index += 1
        elif char == "'":
            end = command.find("'", index + 1)
            if end == -1:
                raise ValueError("unterminated single quote")
            current.append(command[index + 1:end])
            in_word = True
            index = end
        elif char == '"':
            in_word = True
            index += 1
            while True:
                if index >= length:
                    raise ValueError("unterminated double quote")
                inner = command[index]
                if inner == '"':
                    break
                if inner == "\\\\" and index + 1 < length and command[index + 1] in '"\\\\':
                    current.append(command[index + 1])
                    index += 2
                    continue
                current.append(inner)
                index += 1
        else:
            current.append(char)
            in_word = True
        index += 1
    if in_word:
        words.append("".join(current))
    return words
''',
        "tests": [
            "assert split_shell_words('ls -la /tmp') == ['ls', '-la', '/tmp']",
            "assert split_shell_words(\"echo 'hello world'\") == ['echo', 'hello world']",
            r'''assert split_shell_words('say "a \\"b\\" c"') == ['say', 'a "b" c']''',
            "assert split_shell_words(\"a '' b\") == ['a', '', 'b']",
            r'''assert split_shell_words('a\\ b  c') == ['a b', 'c']''',
            "assert split_shell_words('   ') == []",
        ],
        "poor_style": '''def split_shell_words(command):
    out = []
    w = ""
    started = 0
    mode = "none"
    i = 0
    while i < len(command):
        c = command[i]
        if mode == "single":
            if c == "'":
                mode = "none"
            else:
                w = w + c
        elif mode == "double":
            if c == '"':
                mode = "none"
            elif c == "\\\\" and i + 1 < len(command) and (command[i + 1] == '"' or command[i + 1] == "\\\\"):
                w = w + command[i + 1]
                i = i + 1
            else:
                w = w + c
        else:
            if c == " " or c == "\\t" or c == "\\n":
                if started == 1:
                    out.append(w)
                    w = ""
                    started = 0
            elif c == "'":
                mode = "single"
                started = 1
            elif c == '"':
                mode = "double"
                started = 1
            elif c == "\\\\":
                if i + 1 == len(command):
                    raise ValueError("trailing backslash")
                w = w + command[i + 1]
                started = 1
                i = i + 1
            else:
                w = w + c
                started = 1
        i = i + 1
    if mode != "none":
        raise ValueError("unterminated quote")
    if started == 1:
        out.append(w)
    return out
''',
        "partly_wrong": '''def split_shell_words(command):
    words = []
    current = ""
    quote = None
    i = 0
    while i < len(command):
        char = command[i]
        if quote == "'":
            if char == "'":
                quote = None
            else:
                current += char
        elif quote == '"':
            if char == '"':
                quote = None
            elif char == "\\\\" and i + 1 < len(command) and command[i + 1] in '"\\\\':
                current += command[i + 1]
                i += 1
            else:
                current += char
        elif char in "'\\"":
            quote = char
        elif char == "\\\\":
            if i + 1 >= len(command):
                raise ValueError("trailing backslash")
            current += command[i + 1]
            i += 1
        elif char.isspace():
            if current:
                words.append(current)
                current = ""
        else:
            current += char
        i += 1
    if quote:
        raise ValueError("unterminated quote")
    if current:
        words.append(current)
    return words
''',
    },
    {
        "id": "en_decode_repeat_brackets",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `decode_repeat_brackets(text)` that expands "
            "patterns of the form `k[body]`, meaning `body` repeated `k` times, where "
            "`k` is a positive integer that may have several digits. Patterns can be "
            "nested and can be mixed with plain lowercase letters, e.g. \"2[a3[b]]c\" "
            "becomes \"abbbabbbc\". The input is always well formed."
        ),
        "entry_point": "decode_repeat_brackets",
        "explanation": (
            "Keep a stack of (text so far, repeat count) pairs: `[` saves the current "
            "state and starts a fresh piece, `]` repeats the piece and appends it to "
            "the saved text. Digits accumulate into a multi-digit count."
        ),
        "solution": '''def decode_repeat_brackets(text: str) -> str:
    stack: list[tuple[list[str], int]] = []
    current: list[str] = []
    count = 0
    for char in text:
        if char.isdigit():
            count = count * 10 + int(char)
        elif char == "[":
            stack.append((current, count))
            current, count = [], 0
        elif char == "]":
            outer, repeat = stack.pop()
            outer.append("".join(current) * repeat)
            current = outer
        else:
            current.append(char)
    return "".join(current)
''',
        "tests": [
            "assert decode_repeat_brackets('3[ab]') == 'ababab'",
            "assert decode_repeat_brackets('2[a3[b]]c') == 'abbbabbbc'",
            "assert decode_repeat_brackets('x2[y]z') == 'xyyz'",
            "assert decode_repeat_brackets('') == ''",
            "assert decode_repeat_brackets('10[a]') == 'aaaaaaaaaa'",
        ],
        "poor_style": '''def decode_repeat_brackets(text):
    if "[" not in text:
        return text
    i = 0
    out = ""
    while i < len(text):
        if text[i].isdigit():
            j = i
            while text[j].isdigit():
                j += 1
            n = int(text[i:j])
            depth = 0
            k = j
            while True:
                if text[k] == "[":
                    depth += 1
                if text[k] == "]":
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            inner = decode_repeat_brackets(text[j + 1:k])
            for _ in range(n):
                out = out + inner
            i = k + 1
        else:
            out = out + text[i]
            i += 1
    return out
''',
        "partly_wrong": '''def decode_repeat_brackets(text):
    stack = []
    current = ""
    count = 0
    for char in text:
        if char.isdigit():
            count = int(char)
        elif char == "[":
            stack.append((current, count))
            current, count = "", 0
        elif char == "]":
            outer, repeat = stack.pop()
            current = outer + current * repeat
        else:
            current += char
    return current
''',
    },
    {
        "id": "en_is_balanced_brackets",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `is_balanced_brackets(text)` that returns True if "
            "every bracket in `text` is properly matched and nested, considering the "
            "pairs `()`, `[]` and `{}`; all other characters are ignored. The empty "
            "string is balanced."
        ),
        "entry_point": "is_balanced_brackets",
        "explanation": (
            "Push opening brackets on a stack; a closing bracket must match the most "
            "recent unmatched opener. At the end the stack must be empty."
        ),
        "solution": '''def is_balanced_brackets(text: str) -> bool:
    pairs = {")": "(", "]": "[", "}": "{"}
    stack: list[str] = []
    for char in text:
        if char in "([{":
            stack.append(char)
        elif char in pairs and (not stack or stack.pop() != pairs[char]):
            return False
    return not stack
''',
        "tests": [
            "assert is_balanced_brackets('([]{})') == True",
            "assert is_balanced_brackets('([)]') == False",
            "assert is_balanced_brackets('') == True",
            "assert is_balanced_brackets('(((') == False",
            "assert is_balanced_brackets('a(b)c]') == False",
        ],
        "poor_style": '''def is_balanced_brackets(text):
    s = ""
    for c in text:
        if c in "()[]{}":
            s = s + c
    changed = True
    while changed:
        changed = False
        for p in ["()", "[]", "{}"]:
            if p in s:
                s = s.replace(p, "")
                changed = True
    if len(s) == 0:
        return True
    else:
        return False
''',
        "partly_wrong": '''def is_balanced_brackets(text):
    counts = {"(": 0, "[": 0, "{": 0}
    closers = {")": "(", "]": "[", "}": "{"}
    for char in text:
        if char in counts:
            counts[char] += 1
        elif char in closers:
            counts[closers[char]] -= 1
            if counts[closers[char]] < 0:
                return False
    return all(value == 0 for value in counts.values())
''',
    },
    {
        "id": "en_min_parentheses_to_add",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `min_parentheses_to_add(text)` that takes a string "
            "of '(' and ')' characters and returns the minimum number of parentheses "
            "that must be inserted (anywhere) to make it balanced."
        ),
        "entry_point": "min_parentheses_to_add",
        "explanation": (
            "Track how many '(' are still open; a ')' with nothing open needs an "
            "inserted '(' and every '(' left open at the end needs an inserted ')'."
        ),
        "solution": '''def min_parentheses_to_add(text: str) -> int:
    open_count = 0
    insertions = 0
    for char in text:
        if char == "(":
            open_count += 1
        elif open_count:
            open_count -= 1
        else:
            insertions += 1
    return insertions + open_count
''',
        "tests": [
            "assert min_parentheses_to_add('())') == 1",
            "assert min_parentheses_to_add('(((') == 3",
            "assert min_parentheses_to_add('()') == 0",
            "assert min_parentheses_to_add(')(') == 2",
            "assert min_parentheses_to_add('') == 0",
        ],
        "poor_style": '''def min_parentheses_to_add(text):
    s = text
    while "()" in s:
        s = s.replace("()", "", 1)
    n = 0
    for c in s:
        n = n + 1
    return n
''',
        "partly_wrong": '''def min_parentheses_to_add(text):
    return abs(text.count("(") - text.count(")"))
''',
    },
    {
        "id": "en_format_thousands",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `format_thousands(number)` that formats an integer "
            "with commas separating groups of three digits, e.g. 1234567 becomes "
            "\"1,234,567\" and -123456 becomes \"-123,456\"."
        ),
        "entry_point": "format_thousands",
        "explanation": (
            "Python's format mini-language supports a thousands separator directly: "
            "the `,` option groups digits and leaves the sign in front."
        ),
        "solution": '''def format_thousands(number: int) -> str:
    return f"{number:,}"
''',
        "tests": [
            "assert format_thousands(1234567) == '1,234,567'",
            "assert format_thousands(-1234567) == '-1,234,567'",
            "assert format_thousands(-123456) == '-123,456'",
            "assert format_thousands(999) == '999'",
            "assert format_thousands(0) == '0'",
        ],
        "poor_style": '''def format_thousands(number):
    neg = False
    if number < 0:
        neg = True
        number = -number
    digits = str(number)
    rev = digits[::-1]
    out = ""
    for i in range(len(rev)):
        if i > 0 and i % 3 == 0:
            out = out + ","
        out = out + rev[i]
    out = out[::-1]
    if neg == True:
        out = "-" + out
    return out
''',
        "partly_wrong": '''def format_thousands(number):
    text = str(number)
    groups = []
    while len(text) > 3:
        groups.insert(0, text[-3:])
        text = text[:-3]
    groups.insert(0, text)
    return ",".join(groups)
''',
    },
    {
        "id": "en_parse_number_ranges",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `parse_number_ranges(spec)` that expands a string "
            "like \"1-3,5,7-8\" into a sorted list of distinct non-negative integers. "
            "Parts are separated by commas and may have surrounding spaces; a part is "
            "either a single number or an inclusive range `a-b` with a <= b. Empty parts "
            "are ignored, so \"\" gives []."
        ),
        "entry_point": "parse_number_ranges",
        "explanation": (
            "Split on commas, expand each `a-b` part with an inclusive `range`, collect "
            "everything in a set to drop duplicates and return it sorted."
        ),
        "solution": '''def parse_number_ranges(spec: str) -> list[int]:
    numbers: set[int] = set()
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            start, end = part.split("-")
            numbers.update(range(int(start), int(end) + 1))
        else:
            numbers.add(int(part))
    return sorted(numbers)
''',
        "tests": [
            "assert parse_number_ranges('1-3,5,7-8') == [1, 2, 3, 5, 7, 8]",
            "assert parse_number_ranges('') == []",
            "assert parse_number_ranges('5, 1-2 ,2') == [1, 2, 5]",
            "assert parse_number_ranges('4') == [4]",
            "assert parse_number_ranges('3-3') == [3]",
        ],
        "poor_style": '''def parse_number_ranges(spec):
    out = []
    for p in spec.split(","):
        p = p.replace(" ", "")
        if p == "":
            continue
        if p.find("-") != -1:
            a = int(p[:p.find("-")])
            b = int(p[p.find("-") + 1:])
            x = a
            while x <= b:
                if x not in out:
                    out.append(x)
                x = x + 1
        else:
            if int(p) not in out:
                out.append(int(p))
    out.sort()
    return out
''',
        "partly_wrong": '''def parse_number_ranges(spec):
    numbers = set()
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if "-" in part:
            start, end = part.split("-")
            numbers.update(range(int(start), int(end)))
        else:
            numbers.add(int(part))
    return sorted(numbers)
''',
    },
    {
        "id": "en_compress_number_ranges",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `compress_number_ranges(numbers)` that takes a "
            "list of integers (unsorted, possibly with duplicates) and returns a "
            "compact string of the distinct values in ascending order, where each run "
            "of consecutive integers is written `start-end` and a lone value is written "
            "by itself, joined with commas; e.g. [1, 2, 3, 5, 7, 8] gives \"1-3,5,7-8\". "
            "An empty list gives \"\"."
        ),
        "entry_point": "compress_number_ranges",
        "explanation": (
            "Sort the distinct values, then extend a run while the next value is one "
            "greater than the current end, emitting the run when it breaks and once "
            "more at the end."
        ),
        "solution": '''def compress_number_ranges(numbers: list[int]) -> str:
    values = sorted(set(numbers))
    parts = []
    index = 0
    while index < len(values):
        end = index
        while end + 1 < len(values) and values[end + 1] == values[end] + 1:
            end += 1
        if end == index:
            parts.append(str(values[index]))
        else:
            parts.append(f"{values[index]}-{values[end]}")
        index = end + 1
    return ",".join(parts)
''',
        "tests": [
            "assert compress_number_ranges([1, 2, 3, 5, 7, 8]) == '1-3,5,7-8'",
            "assert compress_number_ranges([]) == ''",
            "assert compress_number_ranges([4]) == '4'",
            "assert compress_number_ranges([3, 1, 2, 2]) == '1-3'",
            "assert compress_number_ranges([10, 12]) == '10,12'",
        ],
        "poor_style": '''def compress_number_ranges(numbers):
    vals = []
    for n in numbers:
        if n not in vals:
            vals.append(n)
    vals.sort()
    s = ""
    i = 0
    while i < len(vals):
        j = i
        while j + 1 < len(vals) and vals[j + 1] - vals[j] == 1:
            j = j + 1
        if s != "":
            s = s + ","
        if i == j:
            s = s + str(vals[i])
        else:
            s = s + str(vals[i]) + "-" + str(vals[j])
        i = j + 1
    return s
''',
        "partly_wrong": '''def compress_number_ranges(numbers):
    values = sorted(set(numbers))
    if not values:
        return ""
    parts = []
    start = prev = values[0]
    for value in values[1:]:
        if value == prev + 1:
            prev = value
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        start = prev = value
    return ",".join(parts)
''',
    },
    {
        "id": "en_parse_duration",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `parse_duration(text)` that converts a compact "
            "duration such as \"1h30m15s\" into a total number of seconds. The string "
            "contains up to three parts in the order hours (`h`), minutes (`m`) and "
            "seconds (`s`), each a non-negative integer of any length followed by its "
            "unit; any part may be omitted, and \"\" means 0. Raise `ValueError` for "
            "text that does not follow this format."
        ),
        "entry_point": "parse_duration",
        "explanation": (
            "A single `re.fullmatch` with three optional groups validates the order "
            "and captures each number; missing groups count as zero."
        ),
        "solution": '''import re

_DURATION = re.compile(r"(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?")


def parse_duration(text: str) -> int:
    match = _DURATION.fullmatch(text)
    if match is None:
        raise ValueError(f"invalid duration: {text!r}")
    hours, minutes, seconds = (int(group or 0) for group in match.groups())
    return hours * 3600 + minutes * 60 + seconds
''',
        "tests": [
            "assert parse_duration('1h30m15s') == 5415",
            "assert parse_duration('45s') == 45",
            "assert parse_duration('2h') == 7200",
            "assert parse_duration('') == 0",
            "assert parse_duration('90m') == 5400",
        ],
        "poor_style": '''def parse_duration(text):
    total = 0
    num = ""
    seen = ""
    for c in text:
        if c in "0123456789":
            num = num + c
        elif c == "h" and num != "" and seen == "":
            total = total + int(num) * 60 * 60
            num = ""
            seen = "h"
        elif c == "m" and num != "" and seen in ("", "h"):
            total = total + int(num) * 60
            num = ""
            seen = "m"
        elif c == "s" and num != "" and seen in ("", "h", "m"):
            total = total + int(num)
            num = ""
            seen = "s"
        else:
            raise ValueError("bad")
    if num != "":
        raise ValueError("bad")
    return total
''',
        "partly_wrong": '''import re


def parse_duration(text):
    factors = {"h": 3600, "m": 60, "s": 1}
    return sum(int(n) * factors[u] for n, u in re.findall(r"(\\d)([hms])", text))
''',
    },
    # ------------------------------------------------------------------
    # Small classes
    # ------------------------------------------------------------------
    {
        "id": "en_bank_account",
        "category": "classes",
        "prompt": (
            "Write a Python class `BankAccount` created as `BankAccount(owner, "
            "balance=0)`. It exposes a read-only `balance` property and these methods: "
            "`deposit(amount)` adds a positive amount and returns the new balance "
            "(raise `ValueError` if amount <= 0); `withdraw(amount)` subtracts the "
            "amount and returns True if the balance covers it, otherwise leaves the "
            "balance unchanged and returns False; `history()` returns a list of "
            "`(kind, amount)` tuples, with kind \"deposit\" or \"withdraw\", for every "
            "successful transaction in order."
        ),
        "entry_point": "BankAccount",
        "explanation": (
            "Keep the balance in a private attribute behind a property so callers "
            "cannot set it directly, validate amounts in the methods and append each "
            "successful transaction to a history list."
        ),
        "solution": '''class BankAccount:
    def __init__(self, owner: str, balance: float = 0) -> None:
        self.owner = owner
        self._balance = balance
        self._history: list[tuple[str, float]] = []

    @property
    def balance(self) -> float:
        return self._balance

    def deposit(self, amount: float) -> float:
        if amount <= 0:
            raise ValueError("deposit amount must be positive")
        self._balance += amount
        self._history.append(("deposit", amount))
        return self._balance

    def withdraw(self, amount: float) -> bool:
        if amount <= 0 or amount > self._balance:
            return False
        self._balance -= amount
        self._history.append(("withdraw", amount))
        return True

    def history(self) -> list[tuple[str, float]]:
        return list(self._history)
''',
        "tests": [
            "assert BankAccount('ann').balance == 0",
            "assert (lambda a: (a.deposit(50), a.withdraw(20), a.balance)[-1])(BankAccount('ann', 10)) == 40",
            "assert (lambda a: (a.withdraw(5), a.balance))(BankAccount('bo', 3)) == (False, 3)",
            "assert (lambda a: (a.deposit(5), a.withdraw(5), a.history())[-1])(BankAccount('cy')) == [('deposit', 5), ('withdraw', 5)]",
            "assert BankAccount('di', 7).deposit(3) == 10",
        ],
        "poor_style": '''class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.b = balance
        self.h = []

    @property
    def balance(self):
        total = self.b
        return total

    def deposit(self, amount):
        if amount > 0:
            pass
        else:
            raise ValueError("bad")
        self.b = self.b + amount
        self.h = self.h + [("deposit", amount)]
        return self.b

    def withdraw(self, amount):
        ok = False
        if amount > 0:
            if self.b - amount >= 0:
                ok = True
        if ok == True:
            self.b = self.b - amount
            self.h = self.h + [("withdraw", amount)]
            return True
        else:
            return False

    def history(self):
        out = []
        for i in range(len(self.h)):
            out.append(self.h[i])
        return out
''',
        "partly_wrong": '''class BankAccount:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self._history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self._balance += amount
        self._history.append(("deposit", amount))
        return self._balance

    def withdraw(self, amount):
        self._balance -= amount
        self._history.append(("withdraw", amount))
        return self._balance >= 0

    def history(self):
        return list(self._history)
''',
    },
    {
        "id": "en_matrix_class",
        "category": "classes",
        "prompt": (
            "Write a Python class `Matrix` built from a list of equal-length rows, "
            "e.g. `Matrix([[1, 2], [3, 4]])`. Provide `shape()` returning `(rows, "
            "columns)`, `to_list()` returning a copy of the rows, `transpose()`, "
            "`add(other)` and `multiply(other)` (matrix product), each returning a new "
            "`Matrix`. Also support the operators `+` and `@` for add and multiply. "
            "Raise `ValueError` when the dimensions are incompatible."
        ),
        "entry_point": "Matrix",
        "explanation": (
            "Store a copy of the rows; addition combines matching entries and the "
            "product takes each row of the left matrix against each column of the "
            "right one (obtained with `zip(*rows)`). The operators just delegate."
        ),
        "solution": '''class Matrix:
    def __init__(self, rows: list[list[float]]) -> None:
        self._rows = [list(row) for row in rows]

    def shape(self) -> tuple[int, int]:
        return (len(self._rows), len(self._rows[0]) if self._rows else 0)

    def to_list(self) -> list[list[float]]:
        return [list(row) for row in self._rows]

    def transpose(self) -> "Matrix":
        return Matrix([list(column) for column in zip(*self._rows)])

    def add(self, other: "Matrix") -> "Matrix":
        if self.shape() != other.shape():
            raise ValueError("matrices must have the same shape")
        return Matrix([
            [a + b for a, b in zip(row_a, row_b)]
            for row_a, row_b in zip(self._rows, other._rows)
        ])

    def multiply(self, other: "Matrix") -> "Matrix":
        if self.shape()[1] != other.shape()[0]:
            raise ValueError("inner dimensions do not match")
        columns = list(zip(*other._rows))
        return Matrix([
            [sum(a * b for a, b in zip(row, column)) for column in columns]
            for row in self._rows
        ])

    def __add__(self, other: "Matrix") -> "Matrix":
        return self.add(other)

    def __matmul__(self, other: "Matrix") -> "Matrix":
        return self.multiply(other)
''',
        "tests": [
            "assert Matrix([[1, 2], [3, 4]]).add(Matrix([[5, 6], [7, 8]])).to_list() == [[6, 8], [10, 12]]",
            "assert Matrix([[1, 2], [3, 4]]).multiply(Matrix([[5, 6], [7, 8]])).to_list() == [[19, 22], [43, 50]]",
            "assert Matrix([[1, 2, 3]]).multiply(Matrix([[1], [2], [3]])).to_list() == [[14]]",
            "assert Matrix([[1, 2, 3]]).shape() == (1, 3)",
            "assert Matrix([[1, 2], [3, 4]]).transpose().to_list() == [[1, 3], [2, 4]]",
            "assert (Matrix([[2]]) @ Matrix([[3]]) + Matrix([[1]])).to_list() == [[7]]",
        ],
        "poor_style": '''class Matrix:
    def __init__(self, rows):
        self.rows = []
        for r in rows:
            nr = []
            for v in r:
                nr.append(v)
            self.rows.append(nr)

    def shape(self):
        if len(self.rows) == 0:
            return (0, 0)
        return (len(self.rows), len(self.rows[0]))

    def to_list(self):
        return Matrix(self.rows).rows

    def transpose(self):
        t = []
        for j in range(self.shape()[1]):
            col = []
            for i in range(self.shape()[0]):
                col.append(self.rows[i][j])
            t.append(col)
        return Matrix(t)

    def add(self, other):
        if self.shape()[0] != other.shape()[0] or self.shape()[1] != other.shape()[1]:
            raise ValueError("shape")
        res = []
        for i in range(self.shape()[0]):
            row = []
            for j in range(self.shape()[1]):
                row.append(self.rows[i][j] + other.rows[i][j])
            res.append(row)
        return Matrix(res)

    def multiply(self, other):
        if self.shape()[1] != other.shape()[0]:
            raise ValueError("shape")
        res = []
        for i in range(self.shape()[0]):
            row = []
            for j in range(other.shape()[1]):
                s = 0
                for k in range(self.shape()[1]):
                    s = s + self.rows[i][k] * other.rows[k][j]
                row.append(s)
            res.append(row)
        return Matrix(res)

    def __add__(self, other):
        return self.add(other)

    def __matmul__(self, other):
        return self.multiply(other)
''',
        "partly_wrong": '''class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def to_list(self):
        return [list(r) for r in self.rows]

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def add(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def multiply(self, other):
        n, m = len(self.rows), len(other.rows[0])
        result = [[0] * m for _ in range(n)]
        for i in range(n):
            for j in range(m):
                for k in range(m):
                    result[i][j] += self.rows[i][k] * other.rows[k][j]
        return Matrix(result)

    def __add__(self, other):
        return self.add(other)

    def __matmul__(self, other):
        return self.multiply(other)
''',
    },
    {
        "id": "en_vector2d",
        "category": "classes",
        "prompt": (
            "Write a Python class `Vector2D` for 2-D vectors created as "
            "`Vector2D(x, y)`. Support `+` and `-` between vectors, `*` with a number "
            "(vector * scalar), equality with `==`, a `dot(other)` method, a "
            "`length()` method returning the Euclidean length as a float, and a "
            "`repr` of the form `Vector2D(1, 2)`. Vectors are immutable: operations "
            "return new vectors."
        ),
        "entry_point": "Vector2D",
        "explanation": (
            "Implement the dunder methods `__add__`, `__sub__`, `__mul__`, `__eq__` "
            "and `__repr__`, each building a new instance; `math.hypot` gives the "
            "length without overflow worries."
        ),
        "solution": '''import math


class Vector2D:
    __slots__ = ("x", "y")

    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vector2D") -> "Vector2D":
        return Vector2D(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vector2D") -> "Vector2D":
        return Vector2D(self.x - other.x, self.y - other.y)

    def __mul__(self, scalar: float) -> "Vector2D":
        return Vector2D(self.x * scalar, self.y * scalar)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vector2D):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self) -> int:
        return hash((self.x, self.y))

    def __repr__(self) -> str:
        return f"Vector2D({self.x!r}, {self.y!r})"

    def dot(self, other: "Vector2D") -> float:
        return self.x * other.x + self.y * other.y

    def length(self) -> float:
        return math.hypot(self.x, self.y)
''',
        "tests": [
            "assert repr(Vector2D(1, 2) + Vector2D(3, 4)) == 'Vector2D(4, 6)'",
            "assert Vector2D(3, 4).length() == 5.0",
            "assert Vector2D(1, 2).dot(Vector2D(3, -1)) == 1",
            "assert repr(Vector2D(1, 2) * 3) == 'Vector2D(3, 6)'",
            "assert (Vector2D(1, 1) == Vector2D(1, 1), Vector2D(1, 1) == Vector2D(1, 2)) == (True, False)",
            "assert repr(Vector2D(5, 5) - Vector2D(2, 7)) == 'Vector2D(3, -2)'",
        ],
        "poor_style": '''class Vector2D:
    def __init__(self, x, y):
        self.data = [x, y]

    def __add__(self, other):
        r = []
        for i in range(2):
            r.append(self.data[i] + other.data[i])
        return Vector2D(r[0], r[1])

    def __sub__(self, other):
        r = []
        for i in range(2):
            r.append(self.data[i] - other.data[i])
        return Vector2D(r[0], r[1])

    def __mul__(self, k):
        return Vector2D(self.data[0] * k, self.data[1] * k)

    def __eq__(self, other):
        if self.data[0] == other.data[0]:
            if self.data[1] == other.data[1]:
                return True
        return False

    def __repr__(self):
        return "Vector2D(" + str(self.data[0]) + ", " + str(self.data[1]) + ")"

    def dot(self, other):
        s = 0
        for i in range(2):
            s = s + self.data[i] * other.data[i]
        return s

    def length(self):
        return (self.data[0] ** 2 + self.data[1] ** 2) ** 0.5
''',
        "partly_wrong": '''import math


class Vector2D:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector2D(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector2D(other.x - self.x, other.y - self.y)

    def __mul__(self, scalar):
        return Vector2D(self.x * scalar, self.y * scalar)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Vector2D({self.x}, {self.y})"

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def length(self):
        return math.hypot(self.x, self.y)
''',
    },
    {
        "id": "en_tally_counter",
        "category": "classes",
        "prompt": (
            "Write a Python class `TallyCounter`, a small counter similar to "
            "`collections.Counter` but written by hand. Methods: `add(item, count=1)` "
            "increases the item's tally; `count(item)` returns its tally (0 for unseen "
            "items); `total()` returns the sum of all tallies; `most_common(n)` returns "
            "up to `n` `(item, tally)` pairs, highest tally first, with ties kept in the "
            "order the items were first added."
        ),
        "entry_point": "TallyCounter",
        "explanation": (
            "A plain dict remembers insertion order, and Python's sort is stable, so "
            "sorting the items by descending tally keeps first-added items ahead on ties."
        ),
        "solution": '''class TallyCounter:
    def __init__(self) -> None:
        self._tallies: dict = {}

    def add(self, item, count: int = 1) -> None:
        self._tallies[item] = self._tallies.get(item, 0) + count

    def count(self, item) -> int:
        return self._tallies.get(item, 0)

    def total(self) -> int:
        return sum(self._tallies.values())

    def most_common(self, n: int) -> list[tuple]:
        ranked = sorted(self._tallies.items(), key=lambda pair: -pair[1])
        return ranked[:n]
''',
        "tests": [
            "assert (lambda c: (c.add('a'), c.add('b'), c.add('a'), c.count('a'))[-1])(TallyCounter()) == 2",
            "assert TallyCounter().count('zzz') == 0",
            "assert (lambda c: (c.add('x', 3), c.add('y', 5), c.add('z'), c.most_common(2))[-1])(TallyCounter()) == [('y', 5), ('x', 3)]",
            "assert (lambda c: (c.add('q'), c.add('p'), c.most_common(5))[-1])(TallyCounter()) == [('q', 1), ('p', 1)]",
            "assert (lambda c: (c.add('a', 2), c.add('b'), c.total())[-1])(TallyCounter()) == 3",
        ],
        "poor_style": '''class TallyCounter:
    def __init__(self):
        self.items = []
        self.counts = []

    def add(self, item, count=1):
        found = False
        for i in range(len(self.items)):
            if self.items[i] == item:
                self.counts[i] = self.counts[i] + count
                found = True
        if found == False:
            self.items.append(item)
            self.counts.append(count)

    def count(self, item):
        for i in range(len(self.items)):
            if self.items[i] == item:
                return self.counts[i]
        return 0

    def total(self):
        t = 0
        for i in range(len(self.counts)):
            t = t + self.counts[i]
        return t

    def most_common(self, n):
        pairs = []
        for i in range(len(self.items)):
            pairs.append((self.items[i], self.counts[i]))
        res = []
        while len(pairs) > 0 and len(res) < n:
            best = 0
            for i in range(len(pairs)):
                if pairs[i][1] > pairs[best][1]:
                    best = i
            res.append(pairs[best])
            pairs.pop(best)
        return res
''',
        "partly_wrong": '''class TallyCounter:
    def __init__(self):
        self.tallies = {}

    def add(self, item, count=1):
        self.tallies[item] = self.tallies.get(item, 0) + count

    def count(self, item):
        return self.tallies[item]

    def total(self):
        return sum(self.tallies.values())

    def most_common(self, n):
        return sorted(self.tallies.items(), key=lambda p: p[1], reverse=True)[:n]
''',
    },
    {
        "id": "en_inventory",
        "category": "classes",
        "prompt": (
            "Write a Python class `Inventory` that tracks item quantities. Methods: "
            "`add(name, quantity)` increases the stock; `remove(name, quantity)` "
            "decreases it and returns True, or returns False and changes nothing if "
            "there is not enough stock; `quantity(name)` returns the stock (0 if "
            "unknown); `names()` returns the sorted names of items currently in stock; "
            "`low_stock(threshold)` returns the sorted names whose quantity is below "
            "`threshold`. An item whose stock drops to 0 is removed entirely."
        ),
        "entry_point": "Inventory",
        "explanation": (
            "Keep a dict from name to quantity, refuse removals that would go negative "
            "and delete keys that reach zero so `names` only lists stocked items."
        ),
        "solution": '''class Inventory:
    def __init__(self) -> None:
        self._stock: dict[str, int] = {}

    def add(self, name: str, quantity: int) -> None:
        self._stock[name] = self._stock.get(name, 0) + quantity

    def remove(self, name: str, quantity: int) -> bool:
        available = self._stock.get(name, 0)
        if quantity > available:
            return False
        if quantity == available:
            self._stock.pop(name, None)
        else:
            self._stock[name] = available - quantity
        return True

    def quantity(self, name: str) -> int:
        return self._stock.get(name, 0)

    def names(self) -> list[str]:
        return sorted(self._stock)

    def low_stock(self, threshold: int) -> list[str]:
        return sorted(name for name, qty in self._stock.items() if qty < threshold)
''',
        "tests": [
            "assert (lambda inv: (inv.add('apple', 5), inv.add('apple', 3), inv.quantity('apple'))[-1])(Inventory()) == 8",
            "assert (lambda inv: (inv.add('pen', 2), inv.remove('pen', 5), inv.quantity('pen'))[1:])(Inventory()) == (False, 2)",
            "assert (lambda inv: (inv.add('pen', 2), inv.remove('pen', 2), inv.quantity('pen'), inv.names())[2:])(Inventory()) == (0, [])",
            "assert (lambda inv: (inv.add('b', 1), inv.add('a', 10), inv.add('c', 2), inv.low_stock(3))[-1])(Inventory()) == ['b', 'c']",
            "assert Inventory().remove('ghost', 1) == False",
        ],
        "poor_style": '''class Inventory:
    def __init__(self):
        self.stock = []

    def _find(self, name):
        for i in range(len(self.stock)):
            if self.stock[i][0] == name:
                return i
        return -1

    def add(self, name, quantity):
        i = self._find(name)
        if i == -1:
            self.stock.append([name, quantity])
        else:
            self.stock[i][1] = self.stock[i][1] + quantity

    def remove(self, name, quantity):
        i = self._find(name)
        if i == -1:
            return False
        if self.stock[i][1] < quantity:
            return False
        self.stock[i][1] = self.stock[i][1] - quantity
        if self.stock[i][1] == 0:
            del self.stock[i]
        return True

    def quantity(self, name):
        i = self._find(name)
        if i == -1:
            return 0
        return self.stock[i][1]

    def names(self):
        return sorted([s[0] for s in self.stock])

    def low_stock(self, threshold):
        res = []
        for s in self.stock:
            if s[1] < threshold:
                res.append(s[0])
        res.sort()
        return res
''',
        "partly_wrong": '''class Inventory:
    def __init__(self):
        self.stock = {}

    def add(self, name, quantity):
        self.stock[name] = self.stock.get(name, 0) + quantity

    def remove(self, name, quantity):
        if self.stock.get(name, 0) < quantity:
            return False
        self.stock[name] -= quantity
        return True

    def quantity(self, name):
        return self.stock.get(name, 0)

    def names(self):
        return sorted(self.stock)

    def low_stock(self, threshold):
        return sorted(n for n, q in self.stock.items() if q < threshold)
''',
    },
    {
        "id": "en_stack_class",
        "category": "classes",
        "prompt": (
            "Write a Python class `Stack` with methods `push(item)`, `pop()` (removes "
            "and returns the top item, or returns None if the stack is empty), "
            "`peek()` (returns the top item without removing it, or None), "
            "`is_empty()` and `size()`."
        ),
        "entry_point": "Stack",
        "explanation": (
            "A Python list used only at its end gives O(1) push and pop; the empty "
            "cases are checked explicitly so they return None instead of raising."
        ),
        "solution": '''class Stack:
    def __init__(self) -> None:
        self._items: list = []

    def push(self, item) -> None:
        self._items.append(item)

    def pop(self):
        return self._items.pop() if self._items else None

    def peek(self):
        return self._items[-1] if self._items else None

    def is_empty(self) -> bool:
        return not self._items

    def size(self) -> int:
        return len(self._items)
''',
        "tests": [
            "assert Stack().is_empty() == True",
            "assert (lambda s: (s.push(1), s.push(2), s.pop())[-1])(Stack()) == 2",
            "assert Stack().pop() == None",
            "assert (lambda s: (s.push('a'), s.push('b'), s.peek(), s.size())[2:])(Stack()) == ('b', 2)",
            "assert (lambda s: (s.push(1), s.pop(), s.is_empty())[-1])(Stack()) == True",
        ],
        "poor_style": '''class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.insert(0, item)

    def pop(self):
        if self.size() == 0:
            return None
        else:
            x = self.items[0]
            self.items = self.items[1:]
            return x

    def peek(self):
        if self.size() == 0:
            return None
        else:
            return self.items[0]

    def is_empty(self):
        if len(self.items) == 0:
            return True
        else:
            return False

    def size(self):
        c = 0
        for i in self.items:
            c += 1
        return c
''',
        "partly_wrong": '''class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        return self.items.pop(0) if self.items else None

    def peek(self):
        return self.items[-1] if self.items else None

    def is_empty(self):
        return len(self.items) == 0

    def size(self):
        return len(self.items)
''',
    },
    {
        "id": "en_circular_buffer",
        "category": "classes",
        "prompt": (
            "Write a Python class `CircularBuffer` with a fixed capacity given to the "
            "constructor. `append(item)` adds an item; when the buffer is already full "
            "the oldest item is discarded. `to_list()` returns the items from oldest to "
            "newest, `is_full()` reports whether it holds `capacity` items, and "
            "`len(buffer)` gives the number of stored items."
        ),
        "entry_point": "CircularBuffer",
        "explanation": (
            "`collections.deque` with `maxlen` already discards from the opposite end "
            "when full, so the class is a thin wrapper around it."
        ),
        "solution": '''from collections import deque


class CircularBuffer:
    def __init__(self, capacity: int) -> None:
        self._capacity = capacity
        self._items: deque = deque(maxlen=capacity)

    def append(self, item) -> None:
        self._items.append(item)

    def to_list(self) -> list:
        return list(self._items)

    def is_full(self) -> bool:
        return len(self._items) == self._capacity

    def __len__(self) -> int:
        return len(self._items)
''',
        "tests": [
            "assert (lambda b: (b.append(1), b.append(2), b.to_list())[-1])(CircularBuffer(3)) == [1, 2]",
            "assert (lambda b: (b.append(1), b.append(2), b.append(3), b.append(4), b.to_list())[-1])(CircularBuffer(3)) == [2, 3, 4]",
            "assert (lambda b: (b.append('x'), b.is_full(), len(b))[1:])(CircularBuffer(2)) == (False, 1)",
            "assert (lambda b: (b.append(1), b.append(2), b.append(3), b.is_full(), len(b))[3:])(CircularBuffer(2)) == (True, 2)",
            "assert CircularBuffer(4).to_list() == []",
        ],
        "poor_style": '''class CircularBuffer:
    def __init__(self, capacity):
        self.cap = capacity
        self.data = []

    def append(self, item):
        self.data = self.data + [item]
        if len(self.data) > self.cap:
            new = []
            for i in range(1, len(self.data)):
                new.append(self.data[i])
            self.data = new

    def to_list(self):
        return [x for x in self.data]

    def is_full(self):
        if len(self.data) >= self.cap:
            return True
        return False

    def __len__(self):
        return len(self.data)
''',
        "partly_wrong": '''class CircularBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []

    def append(self, item):
        if len(self.items) == self.capacity:
            self.items[0] = item
        else:
            self.items.append(item)

    def to_list(self):
        return list(self.items)

    def is_full(self):
        return len(self.items) == self.capacity

    def __len__(self):
        return len(self.items)
''',
    },
    {
        "id": "en_rectangle",
        "category": "classes",
        "prompt": (
            "Write a Python class `Rectangle(x, y, width, height)` for an axis-aligned "
            "rectangle whose bottom-left corner is `(x, y)`. Provide `area()`, "
            "`perimeter()`, `contains_point(px, py)` (points on the border count as "
            "inside), `as_tuple()` returning `(x, y, width, height)`, and "
            "`bounding_union(other)`, which returns a new `Rectangle`: the smallest "
            "one that contains both `self` and `other`."
        ),
        "entry_point": "Rectangle",
        "explanation": (
            "Store the corner and size; the bounding union takes the minimum of the "
            "left and bottom edges and the maximum of the right and top edges, then "
            "converts those edges back to a width and height."
        ),
        "solution": '''class Rectangle:
    def __init__(self, x: float, y: float, width: float, height: float) -> None:
        self.x = x
        self.y = y
        self.width = width
        self.height = height

    def area(self) -> float:
        return self.width * self.height

    def perimeter(self) -> float:
        return 2 * (self.width + self.height)

    def contains_point(self, px: float, py: float) -> bool:
        return (self.x <= px <= self.x + self.width
                and self.y <= py <= self.y + self.height)

    def as_tuple(self) -> tuple[float, float, float, float]:
        return (self.x, self.y, self.width, self.height)

    def bounding_union(self, other: "Rectangle") -> "Rectangle":
        left = min(self.x, other.x)
        bottom = min(self.y, other.y)
        right = max(self.x + self.width, other.x + other.width)
        top = max(self.y + self.height, other.y + other.height)
        return Rectangle(left, bottom, right - left, top - bottom)
''',
        "tests": [
            "assert Rectangle(0, 0, 3, 4).area() == 12",
            "assert Rectangle(1, 1, 2, 5).perimeter() == 14",
            "assert (Rectangle(0, 0, 2, 2).contains_point(2, 1), Rectangle(0, 0, 2, 2).contains_point(3, 1)) == (True, False)",
            "assert Rectangle(0, 0, 2, 2).bounding_union(Rectangle(3, 1, 1, 1)).as_tuple() == (0, 0, 4, 2)",
            "assert Rectangle(2, 2, 1, 1).bounding_union(Rectangle(0, -1, 1, 1)).as_tuple() == (0, -1, 3, 4)",
            "assert Rectangle(1, 1, 2, 2).as_tuple() == (1, 1, 2, 2)",
        ],
        "poor_style": '''class Rectangle:
    def __init__(self, x, y, width, height):
        self.x = x
        self.y = y
        self.w = width
        self.h = height

    def area(self):
        a = 0
        for _ in range(self.w):
            a = a + self.h
        return a

    def perimeter(self):
        return self.w + self.h + self.w + self.h

    def contains_point(self, px, py):
        if px >= self.x:
            if px <= self.x + self.w:
                if py >= self.y:
                    if py <= self.y + self.h:
                        return True
        return False

    def as_tuple(self):
        t = []
        t.append(self.x)
        t.append(self.y)
        t.append(self.w)
        t.append(self.h)
        return tuple(t)

    def bounding_union(self, other):
        xs = [self.x, self.x + self.w, other.x, other.x + other.w]
        ys = [self.y, self.y + self.h, other.y, other.y + other.h]
        xs.sort()
        ys.sort()
        return Rectangle(xs[0], ys[0], xs[len(xs) - 1] - xs[0], ys[len(ys) - 1] - ys[0])
''',
        "partly_wrong": '''class Rectangle:
    def __init__(self, x, y, width, height):
        self.x, self.y, self.width, self.height = x, y, width, height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def contains_point(self, px, py):
        return self.x <= px <= self.x + self.width and self.y <= py <= self.y + self.height

    def as_tuple(self):
        return (self.x, self.y, self.width, self.height)

    def bounding_union(self, other):
        left = min(self.x, other.x)
        bottom = min(self.y, other.y)
        right = max(self.x + self.width, other.x + other.width)
        top = max(self.y + self.height, other.y + other.height)
        return Rectangle(left, bottom, right - left, top - self.y)
''',
    },
    {
        "id": "en_shopping_cart",
        "category": "classes",
        "prompt": (
            "Write a Python class `ShoppingCart` with `add_item(name, price, "
            "quantity=1)` (adding an item already in the cart increases its quantity; "
            "the latest price is used), `remove_item(name)` (removes the item entirely "
            "if present), `item_count()` (total quantity of all items), "
            "`apply_discount(percent)` (a percentage taken off the whole total, "
            "replacing any previous discount) and `total()` which returns the "
            "discounted sum rounded to 2 decimal places."
        ),
        "entry_point": "ShoppingCart",
        "explanation": (
            "Store name -> [price, quantity] in a dict so repeated adds merge, and "
            "apply the single discount percentage only when computing the total, "
            "rounding once at the end."
        ),
        "solution": '''class ShoppingCart:
    def __init__(self) -> None:
        self._items: dict[str, list[float]] = {}
        self._discount_percent = 0.0

    def add_item(self, name: str, price: float, quantity: int = 1) -> None:
        _, current_quantity = self._items.get(name, (price, 0))
        self._items[name] = [price, current_quantity + quantity]

    def remove_item(self, name: str) -> None:
        self._items.pop(name, None)

    def item_count(self) -> int:
        return sum(quantity for _, quantity in self._items.values())

    def apply_discount(self, percent: float) -> None:
        self._discount_percent = percent

    def total(self) -> float:
        subtotal = sum(price * quantity for price, quantity in self._items.values())
        return round(subtotal * (100 - self._discount_percent) / 100, 2)
''',
        "tests": [
            "assert (lambda c: (c.add_item('tea', 2.5, 2), c.add_item('cake', 3.0), c.total())[-1])(ShoppingCart()) == 8.0",
            "assert (lambda c: (c.add_item('tea', 2.5, 2), c.add_item('tea', 2.5), c.item_count())[-1])(ShoppingCart()) == 3",
            "assert (lambda c: (c.add_item('pen', 10.0), c.apply_discount(15), c.total())[-1])(ShoppingCart()) == 8.5",
            "assert (lambda c: (c.add_item('a', 1.0), c.remove_item('a'), c.total())[-1])(ShoppingCart()) == 0.0",
            "assert ShoppingCart().item_count() == 0",
        ],
        "poor_style": '''class ShoppingCart:
    def __init__(self):
        self.names = []
        self.prices = []
        self.qtys = []
        self.disc = 0

    def add_item(self, name, price, quantity=1):
        if name in self.names:
            i = self.names.index(name)
            self.prices[i] = price
            self.qtys[i] = self.qtys[i] + quantity
        else:
            self.names.append(name)
            self.prices.append(price)
            self.qtys.append(quantity)

    def remove_item(self, name):
        if name in self.names:
            i = self.names.index(name)
            del self.names[i]
            del self.prices[i]
            del self.qtys[i]

    def item_count(self):
        n = 0
        for i in range(len(self.qtys)):
            n = n + self.qtys[i]
        return n

    def apply_discount(self, percent):
        self.disc = percent

    def total(self):
        t = 0
        for i in range(len(self.names)):
            for _ in range(self.qtys[i]):
                t = t + self.prices[i]
        t = t - t * self.disc / 100
        return round(t, 2)
''',
        "partly_wrong": '''class ShoppingCart:
    def __init__(self):
        self.items = {}
        self.discount = 0

    def add_item(self, name, price, quantity=1):
        self.items[name] = (price, quantity)

    def remove_item(self, name):
        self.items.pop(name, None)

    def item_count(self):
        return sum(q for _, q in self.items.values())

    def apply_discount(self, percent):
        self.discount = percent

    def total(self):
        subtotal = sum(p * q for p, q in self.items.values())
        return round(subtotal * (1 - self.discount / 100), 2)
''',
    },
    {
        "id": "en_gradebook",
        "category": "classes",
        "prompt": (
            "Write a Python class `Gradebook` with `add_grade(student, grade)`, "
            "`average(student)` (the mean of that student's grades rounded to 2 "
            "decimals, or None if the student has no grades), `students()` (sorted "
            "list of names) and `top_student()` (the name with the highest average, "
            "alphabetically first on ties, or None if the gradebook is empty)."
        ),
        "entry_point": "Gradebook",
        "explanation": (
            "Map each student to a list of grades; averages use true division and "
            "`round`, and `min` with the key (-average, name) picks the top student "
            "with an alphabetical tie-break."
        ),
        "solution": '''class Gradebook:
    def __init__(self) -> None:
        self._grades: dict[str, list[float]] = {}

    def add_grade(self, student: str, grade: float) -> None:
        self._grades.setdefault(student, []).append(grade)

    def average(self, student: str) -> float | None:
        grades = self._grades.get(student)
        if not grades:
            return None
        return round(sum(grades) / len(grades), 2)

    def students(self) -> list[str]:
        return sorted(self._grades)

    def top_student(self) -> str | None:
        if not self._grades:
            return None
        return min(self._grades, key=lambda name: (-self.average(name), name))
''',
        "tests": [
            "assert (lambda g: (g.add_grade('ann', 90), g.add_grade('ann', 81), g.average('ann'))[-1])(Gradebook()) == 85.5",
            "assert Gradebook().average('nobody') == None",
            "assert (lambda g: (g.add_grade('zed', 70), g.add_grade('amy', 95), g.students())[-1])(Gradebook()) == ['amy', 'zed']",
            "assert (lambda g: (g.add_grade('bo', 80), g.add_grade('al', 80), g.add_grade('cy', 60), g.top_student())[-1])(Gradebook()) == 'al'",
            "assert Gradebook().top_student() == None",
        ],
        "poor_style": '''class Gradebook:
    def __init__(self):
        self.records = []

    def add_grade(self, student, grade):
        self.records.append((student, grade))

    def average(self, student):
        total = 0
        n = 0
        for r in self.records:
            if r[0] == student:
                total = total + r[1]
                n = n + 1
        if n == 0:
            return None
        return round(total / n, 2)

    def students(self):
        names = []
        for r in self.records:
            if r[0] not in names:
                names.append(r[0])
        names.sort()
        return names

    def top_student(self):
        best = None
        for s in self.students():
            if best == None or self.average(s) > self.average(best):
                best = s
        return best
''',
        "partly_wrong": '''class Gradebook:
    def __init__(self):
        self.grades = {}

    def add_grade(self, student, grade):
        self.grades.setdefault(student, []).append(grade)

    def average(self, student):
        if student not in self.grades:
            return None
        return sum(self.grades[student]) // len(self.grades[student])

    def students(self):
        return sorted(self.grades)

    def top_student(self):
        if not self.grades:
            return None
        return max(sorted(self.grades), key=self.average)
''',
    },
    {
        "id": "en_rate_limiter",
        "category": "classes",
        "prompt": (
            "Write a Python class `RateLimiter(max_requests, window)` implementing a "
            "sliding-window limiter. `allow(timestamp)` is called with non-decreasing "
            "integer timestamps and returns True if fewer than `max_requests` requests "
            "were allowed during the half-open interval `(timestamp - window, "
            "timestamp]`, recording the request; otherwise it returns False. Rejected "
            "requests are not recorded."
        ),
        "entry_point": "RateLimiter",
        "explanation": (
            "Keep the timestamps of allowed requests in a deque; before each decision "
            "drop those at or before `timestamp - window`, then compare the remaining "
            "count with the limit. Each timestamp is added and removed once."
        ),
        "solution": '''from collections import deque


class RateLimiter:
    def __init__(self, max_requests: int, window: int) -> None:
        self._max_requests = max_requests
        self._window = window
        self._allowed: deque[int] = deque()

    def allow(self, timestamp: int) -> bool:
        while self._allowed and self._allowed[0] <= timestamp - self._window:
            self._allowed.popleft()
        if len(self._allowed) < self._max_requests:
            self._allowed.append(timestamp)
            return True
        return False
''',
        "tests": [
            "assert (lambda r: [r.allow(t) for t in (1, 2, 3)])(RateLimiter(2, 10)) == [True, True, False]",
            "assert (lambda r: [r.allow(t) for t in (1, 2, 11, 12)])(RateLimiter(2, 10)) == [True, True, True, True]",
            "assert (lambda r: [r.allow(t) for t in (5, 5, 5)])(RateLimiter(1, 1)) == [True, False, False]",
            "assert (lambda r: [r.allow(t) for t in (0, 1, 2, 3)])(RateLimiter(3, 3)) == [True, True, True, True]",
        ],
        "poor_style": '''class RateLimiter:
    def __init__(self, max_requests, window):
        self.m = max_requests
        self.w = window
        self.log = []

    def allow(self, timestamp):
        c = 0
        for t in self.log:
            if t > timestamp - self.w and t <= timestamp:
                c = c + 1
        if c < self.m:
            self.log.append(timestamp)
            return True
        else:
            return False
''',
        "partly_wrong": '''from collections import deque


class RateLimiter:
    def __init__(self, max_requests, window):
        self.max_requests = max_requests
        self.window = window
        self.allowed = deque()

    def allow(self, timestamp):
        while self.allowed and self.allowed[0] < timestamp - self.window:
            self.allowed.popleft()
        if len(self.allowed) < self.max_requests:
            self.allowed.append(timestamp)
            return True
        return False
''',
    },
    {
        "id": "en_undoable_text",
        "category": "classes",
        "prompt": (
            "Write a Python class `UndoableText`, a tiny text buffer. `write(s)` "
            "appends a string; `delete(k)` removes the last `k` characters (or "
            "everything if there are fewer); `undo()` reverts the most recent `write` "
            "or `delete` that has not been undone yet and does nothing when there is "
            "nothing to undo; `text()` returns the current contents."
        ),
        "entry_point": "UndoableText",
        "explanation": (
            "Before every modification push the current text onto a history stack; "
            "`undo` simply restores the most recent snapshot. Strings are immutable, "
            "so snapshots are cheap references."
        ),
        "solution": '''class UndoableText:
    def __init__(self) -> None:
        self._text = ""
        self._history: list[str] = []

    def write(self, s: str) -> None:
        self._history.append(self._text)
        self._text += s

    def delete(self, k: int) -> None:
        self._history.append(self._text)
        self._text = self._text[:max(0, len(self._text) - k)]

    def undo(self) -> None:
        if self._history:
            self._text = self._history.pop()

    def text(self) -> str:
        return self._text
''',
        "tests": [
            "assert (lambda e: (e.write('hello'), e.write(' world'), e.text())[-1])(UndoableText()) == 'hello world'",
            "assert (lambda e: (e.write('hello'), e.delete(2), e.text())[-1])(UndoableText()) == 'hel'",
            "assert (lambda e: (e.write('abc'), e.delete(10), e.text())[-1])(UndoableText()) == ''",
            "assert (lambda e: (e.write('abc'), e.write('def'), e.undo(), e.text())[-1])(UndoableText()) == 'abc'",
            "assert (lambda e: (e.write('abc'), e.delete(1), e.undo(), e.text())[-1])(UndoableText()) == 'abc'",
            "assert (lambda e: (e.undo(), e.text())[-1])(UndoableText()) == ''",
        ],
        "poor_style": '''class UndoableText:
    def __init__(self):
        self.ops = []

    def write(self, s):
        self.ops.append(("w", s))

    def delete(self, k):
        self.ops.append(("d", k))

    def undo(self):
        if len(self.ops) > 0:
            self.ops = self.ops[:-1]

    def text(self):
        t = ""
        for op in self.ops:
            if op[0] == "w":
                t = t + op[1]
            else:
                n = op[1]
                while n > 0 and len(t) > 0:
                    t = t[:-1]
                    n = n - 1
        return t
''',
        "partly_wrong": '''class UndoableText:
    def __init__(self):
        self._text = ""
        self._writes = []

    def write(self, s):
        self._text += s
        self._writes.append(s)

    def delete(self, k):
        self._text = self._text[:max(0, len(self._text) - k)]

    def undo(self):
        if self._writes:
            last = self._writes.pop()
            self._text = self._text[:len(self._text) - len(last)]

    def text(self):
        return self._text
''',
    },
    {
        "id": "en_temperature",
        "category": "classes",
        "prompt": (
            "Write a Python class `Temperature` that stores a temperature in degrees "
            "Celsius in the attribute `celsius`. Provide the alternative constructors "
            "`Temperature.from_fahrenheit(f)` and `Temperature.from_kelvin(k)` (class "
            "methods), the methods `fahrenheit()` and `kelvin()` returning values "
            "rounded to 2 decimals, and support `<` and `==` comparisons between "
            "temperatures. Round `celsius` to 2 decimals when constructing from "
            "another scale."
        ),
        "entry_point": "Temperature",
        "explanation": (
            "Normalising everything to Celsius keeps the class simple: the class "
            "methods convert on the way in, the two methods convert on the way out, "
            "and `functools.total_ordering` derives the remaining comparisons."
        ),
        "solution": '''from functools import total_ordering


@total_ordering
class Temperature:
    def __init__(self, celsius: float) -> None:
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, fahrenheit: float) -> "Temperature":
        return cls(round((fahrenheit - 32) * 5 / 9, 2))

    @classmethod
    def from_kelvin(cls, kelvin: float) -> "Temperature":
        return cls(round(kelvin - 273.15, 2))

    def fahrenheit(self) -> float:
        return round(self.celsius * 9 / 5 + 32, 2)

    def kelvin(self) -> float:
        return round(self.celsius + 273.15, 2)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Temperature):
            return NotImplemented
        return self.celsius == other.celsius

    def __lt__(self, other: "Temperature") -> bool:
        return self.celsius < other.celsius
''',
        "tests": [
            "assert Temperature(100).fahrenheit() == 212.0",
            "assert Temperature.from_fahrenheit(32).celsius == 0.0",
            "assert Temperature.from_fahrenheit(212).celsius == 100.0",
            "assert Temperature(0).kelvin() == 273.15",
            "assert Temperature.from_kelvin(0).celsius == -273.15",
            "assert (Temperature(10) < Temperature(20), Temperature(5) == Temperature(5)) == (True, True)",
        ],
        "poor_style": '''class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        c = f
        c = c - 32
        c = c * 5
        c = c / 9
        c = round(c, 2)
        t = cls(0)
        t.celsius = c
        return t

    @classmethod
    def from_kelvin(cls, k):
        t = cls(0)
        t.celsius = round(k - 273.15, 2)
        return t

    def fahrenheit(self):
        x = self.celsius * 9
        x = x / 5
        x = x + 32
        return round(x, 2)

    def kelvin(self):
        return round(self.celsius + 273.15, 2)

    def __eq__(self, other):
        if self.celsius == other.celsius:
            return True
        else:
            return False

    def __lt__(self, other):
        if self.celsius < other.celsius:
            return True
        else:
            return False
''',
        "partly_wrong": '''class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 9 / 5, 2))

    @classmethod
    def from_kelvin(cls, k):
        return cls(round(k - 273.15, 2))

    def fahrenheit(self):
        return round(self.celsius * 9 / 5 + 32, 2)

    def kelvin(self):
        return round(self.celsius + 273.15, 2)

    def __eq__(self, other):
        return self.celsius == other.celsius

    def __lt__(self, other):
        return self.celsius < other.celsius
''',
    },
    {
        "id": "en_sparse_vector",
        "category": "classes",
        "prompt": (
            "Write a Python class `SparseVector` created from a list of numbers that "
            "are mostly zero, e.g. `SparseVector([0, 3, 0, 4])`. Store only the "
            "non-zero entries. Provide `dot(other)` (dot product with another "
            "`SparseVector` of the same length), `nonzero_count()` and `to_list()` "
            "which rebuilds the dense list."
        ),
        "entry_point": "SparseVector",
        "explanation": (
            "Keep a dict from index to non-zero value plus the length; the dot product "
            "iterates over the smaller dict and looks up matching indices in the "
            "other, so its cost depends only on the non-zero entries."
        ),
        "solution": '''class SparseVector:
    def __init__(self, values: list[float]) -> None:
        self._length = len(values)
        self._entries = {i: v for i, v in enumerate(values) if v != 0}

    def dot(self, other: "SparseVector") -> float:
        small, large = sorted((self._entries, other._entries), key=len)
        return sum(value * large[i] for i, value in small.items() if i in large)

    def nonzero_count(self) -> int:
        return len(self._entries)

    def to_list(self) -> list[float]:
        dense = [0] * self._length
        for index, value in self._entries.items():
            dense[index] = value
        return dense
''',
        "tests": [
            "assert SparseVector([1, 0, 0, 2, 3]).dot(SparseVector([0, 3, 0, 4, 0])) == 8",
            "assert SparseVector([0, 0, 3]).nonzero_count() == 1",
            "assert SparseVector([0, 5, 0]).to_list() == [0, 5, 0]",
            "assert SparseVector([0, 0]).dot(SparseVector([1, 1])) == 0",
            "assert SparseVector([]).to_list() == []",
        ],
        "poor_style": '''class SparseVector:
    def __init__(self, values):
        self.idx = []
        self.val = []
        self.n = len(values)
        for i in range(len(values)):
            if values[i] != 0:
                self.idx.append(i)
                self.val.append(values[i])

    def dot(self, other):
        s = 0
        for a in range(len(self.idx)):
            for b in range(len(other.idx)):
                if self.idx[a] == other.idx[b]:
                    s = s + self.val[a] * other.val[b]
        return s

    def nonzero_count(self):
        return len(self.idx)

    def to_list(self):
        out = []
        for i in range(self.n):
            if i in self.idx:
                out.append(self.val[self.idx.index(i)])
            else:
                out.append(0)
        return out
''',
        "partly_wrong": '''class SparseVector:
    def __init__(self, values):
        self.size = len(values)
        self.entries = {i: v for i, v in enumerate(values) if v != 0}

    def dot(self, other):
        return sum(v * other.entries.get(i, 0) for i, v in self.entries.items())

    def nonzero_count(self):
        return self.size

    def to_list(self):
        return [self.entries.get(i, 0) for i in range(self.size)]
''',
    },
    {
        "id": "en_library",
        "category": "classes",
        "prompt": (
            "Write a Python class `Library` that lends books. `add_book(title, "
            "copies=1)` adds copies; `checkout(title, member)` lends one copy and "
            "returns True, or returns False if no copy is available; "
            "`return_book(title, member)` returns True only if that member currently "
            "has that title on loan (and then makes the copy available again), "
            "otherwise False; `available(title)` gives the number of copies on the "
            "shelf (0 for unknown titles); `borrowed_by(member)` returns the sorted "
            "list of titles the member holds, with repeats for multiple copies."
        ),
        "entry_point": "Library",
        "explanation": (
            "Track shelf counts per title and a list of loans per member; checking the "
            "member's own loans before accepting a return prevents one member from "
            "returning another's book."
        ),
        "solution": '''class Library:
    def __init__(self) -> None:
        self._shelf: dict[str, int] = {}
        self._loans: dict[str, list[str]] = {}

    def add_book(self, title: str, copies: int = 1) -> None:
        self._shelf[title] = self._shelf.get(title, 0) + copies

    def checkout(self, title: str, member: str) -> bool:
        if self._shelf.get(title, 0) == 0:
            return False
        self._shelf[title] -= 1
        self._loans.setdefault(member, []).append(title)
        return True

    def return_book(self, title: str, member: str) -> bool:
        loans = self._loans.get(member, [])
        if title not in loans:
            return False
        loans.remove(title)
        self._shelf[title] += 1
        return True

    def available(self, title: str) -> int:
        return self._shelf.get(title, 0)

    def borrowed_by(self, member: str) -> list[str]:
        return sorted(self._loans.get(member, []))
''',
        "tests": [
            "assert (lambda lib: (lib.add_book('Dune', 2), lib.checkout('Dune', 'ann'), lib.available('Dune'))[1:])(Library()) == (True, 1)",
            "assert (lambda lib: (lib.add_book('Emma'), lib.checkout('Emma', 'ann'), lib.checkout('Emma', 'bo'))[1:])(Library()) == (True, False)",
            "assert (lambda lib: (lib.add_book('Emma'), lib.checkout('Emma', 'ann'), lib.return_book('Emma', 'bo'), lib.available('Emma'))[2:])(Library()) == (False, 0)",
            "assert (lambda lib: (lib.add_book('B'), lib.add_book('A'), lib.checkout('B', 'cy'), lib.checkout('A', 'cy'), lib.borrowed_by('cy'))[-1])(Library()) == ['A', 'B']",
            "assert Library().available('Nothing') == 0",
        ],
        "poor_style": '''class Library:
    def __init__(self):
        self.books = {}
        self.loans = []

    def add_book(self, title, copies=1):
        if title in self.books.keys():
            self.books[title] = self.books[title] + copies
        else:
            self.books[title] = copies

    def checkout(self, title, member):
        if title in self.books.keys():
            if self.books[title] > 0:
                self.books[title] = self.books[title] - 1
                self.loans.append([title, member])
                return True
            else:
                return False
        else:
            return False

    def return_book(self, title, member):
        for i in range(len(self.loans)):
            if self.loans[i][0] == title and self.loans[i][1] == member:
                del self.loans[i]
                self.books[title] = self.books[title] + 1
                return True
        return False

    def available(self, title):
        if title in self.books.keys():
            return self.books[title]
        return 0

    def borrowed_by(self, member):
        r = []
        for l in self.loans:
            if l[1] == member:
                r.append(l[0])
        return sorted(r)
''',
        "partly_wrong": '''class Library:
    def __init__(self):
        self.shelf = {}
        self.loans = {}

    def add_book(self, title, copies=1):
        self.shelf[title] = self.shelf.get(title, 0) + copies

    def checkout(self, title, member):
        if self.shelf.get(title, 0) == 0:
            return False
        self.shelf[title] -= 1
        self.loans.setdefault(member, []).append(title)
        return True

    def return_book(self, title, member):
        if title not in self.shelf:
            return False
        self.shelf[title] += 1
        return True

    def available(self, title):
        return self.shelf.get(title, 0)

    def borrowed_by(self, member):
        return sorted(self.loans.get(member, []))
''',
    },
    {
        "id": "en_playlist",
        "category": "classes",
        "prompt": (
            "Write a Python class `Playlist` that cycles through songs. `add(song)` "
            "appends a song; `current()` returns the current song (the first song "
            "added, until the position changes) or None if the playlist is empty; "
            "`next()` and `previous()` move the position forward or backward, "
            "wrapping around at both ends, and return the new current song (None when "
            "empty)."
        ),
        "entry_point": "Playlist",
        "explanation": (
            "Keep the songs in a list and the current position as an index; moving "
            "uses modulo arithmetic on the list length so both ends wrap around."
        ),
        "solution": '''class Playlist:
    def __init__(self) -> None:
        self._songs: list[str] = []
        self._position = 0

    def add(self, song: str) -> None:
        self._songs.append(song)

    def current(self) -> str | None:
        return self._songs[self._position] if self._songs else None

    def _move(self, step: int) -> str | None:
        if not self._songs:
            return None
        self._position = (self._position + step) % len(self._songs)
        return self._songs[self._position]

    def next(self) -> str | None:
        return self._move(1)

    def previous(self) -> str | None:
        return self._move(-1)
''',
        "tests": [
            "assert Playlist().current() == None",
            "assert (lambda p: (p.add('a'), p.add('b'), p.current())[-1])(Playlist()) == 'a'",
            "assert (lambda p: (p.add('a'), p.add('b'), p.next(), p.next())[2:])(Playlist()) == ('b', 'a')",
            "assert (lambda p: (p.add('a'), p.add('b'), p.add('c'), p.previous())[-1])(Playlist()) == 'c'",
            "assert Playlist().next() == None",
        ],
        "poor_style": '''class Playlist:
    def __init__(self):
        self.songs = []
        self.pos = 0

    def add(self, song):
        self.songs = self.songs + [song]

    def current(self):
        if len(self.songs) == 0:
            return None
        else:
            return self.songs[self.pos]

    def next(self):
        if len(self.songs) == 0:
            return None
        self.pos = self.pos + 1
        if self.pos == len(self.songs):
            self.pos = 0
        return self.current()

    def previous(self):
        if len(self.songs) == 0:
            return None
        self.pos = self.pos - 1
        if self.pos == -1:
            self.pos = len(self.songs) - 1
        return self.current()
''',
        "partly_wrong": '''class Playlist:
    def __init__(self):
        self.songs = []
        self.index = 0

    def add(self, song):
        self.songs.append(song)

    def current(self):
        return self.songs[self.index] if self.songs else None

    def next(self):
        if not self.songs:
            return None
        self.index += 1
        return self.songs[self.index]

    def previous(self):
        if not self.songs:
            return None
        self.index -= 1
        return self.songs[self.index]
''',
    },
    # ------------------------------------------------------------------
    # Utilities
    # ------------------------------------------------------------------
    {
        "id": "en_free_slots",
        "category": "utilities",
        "prompt": (
            "Write a Python function `free_slots(busy, day_start, day_end)` that takes "
            "a list of busy `[start, end]` intervals (in any order; they may overlap, "
            "touch, or reach outside the day) and returns the free gaps inside "
            "`[day_start, day_end]` as a sorted list of `[start, end]` pairs. Only "
            "gaps of positive length are reported."
        ),
        "entry_point": "free_slots",
        "explanation": (
            "Sort the busy intervals and sweep a cursor marking the end of the time "
            "already covered: any busy interval starting after the cursor leaves a gap. "
            "Sorting dominates, so this is O(n log n)."
        ),
        "solution": '''def free_slots(busy: list[list[int]], day_start: int, day_end: int) -> list[list[int]]:
    slots = []
    cursor = day_start
    for start, end in sorted(busy):
        if start > cursor and cursor < day_end:
            slots.append([cursor, min(start, day_end)])
        cursor = max(cursor, end)
    if cursor < day_end:
        slots.append([cursor, day_end])
    return slots
''',
        "tests": [
            "assert free_slots([[10, 12], [14, 15]], 9, 17) == [[9, 10], [12, 14], [15, 17]]",
            "assert free_slots([], 9, 17) == [[9, 17]]",
            "assert free_slots([[9, 17]], 9, 17) == []",
            "assert free_slots([[13, 15], [10, 14]], 9, 16) == [[9, 10], [15, 16]]",
            "assert free_slots([[8, 10], [16, 20]], 9, 17) == [[10, 16]]",
            "assert free_slots([[10, 11], [11, 12]], 10, 12) == []",
        ],
        "poor_style": '''def free_slots(busy, day_start, day_end):
    taken = []
    for t in range(day_start, day_end):
        is_busy = False
        for b in busy:
            if b[0] <= t and t < b[1]:
                is_busy = True
        taken.append(is_busy)
    res = []
    t = day_start
    while t < day_end:
        if taken[t - day_start] == False:
            s = t
            while t < day_end and taken[t - day_start] == False:
                t = t + 1
            res.append([s, t])
        else:
            t = t + 1
    return res
''',
        "partly_wrong": '''def free_slots(busy, day_start, day_end):
    slots = []
    cursor = day_start
    for start, end in busy:
        if start > cursor and cursor < day_end:
            slots.append([cursor, min(start, day_end)])
        cursor = max(cursor, end)
    if cursor < day_end:
        slots.append([cursor, day_end])
    return slots
''',
    },
    {
        "id": "en_flatten_to_depth",
        "category": "utilities",
        "prompt": (
            "Write a Python function `flatten_to_depth(items, depth)` that flattens "
            "nested lists by at most `depth` levels (depth >= 0) and returns a new "
            "list. With depth 1 only the lists directly inside `items` are opened; "
            "with depth 0 the result is a shallow copy. Only `list` objects are "
            "flattened; other values are kept as they are."
        ),
        "entry_point": "flatten_to_depth",
        "explanation": (
            "Recurse into a list element only while depth remains, passing depth - 1 "
            "down; once depth reaches zero, nested lists are copied into the result "
            "unchanged."
        ),
        "solution": '''def flatten_to_depth(items: list, depth: int) -> list:
    flat = []
    for item in items:
        if isinstance(item, list) and depth > 0:
            flat.extend(flatten_to_depth(item, depth - 1))
        else:
            flat.append(item)
    return flat
''',
        "tests": [
            "assert flatten_to_depth([1, [2, [3, [4]]]], 1) == [1, 2, [3, [4]]]",
            "assert flatten_to_depth([1, [2, [3, [4]]]], 2) == [1, 2, 3, [4]]",
            "assert flatten_to_depth([1, [2]], 0) == [1, [2]]",
            "assert flatten_to_depth([[[]]], 5) == []",
            "assert flatten_to_depth([], 3) == []",
        ],
        "poor_style": '''def flatten_to_depth(items, depth):
    current = []
    for x in items:
        current.append(x)
    level = 0
    while level < depth:
        nxt = []
        for x in current:
            if type(x) == list:
                for y in x:
                    nxt.append(y)
            else:
                nxt.append(x)
        current = nxt
        level = level + 1
    return current
''',
        "partly_wrong": '''def flatten_to_depth(items, depth):
    flat = []
    for item in items:
        if isinstance(item, list) and depth >= 0:
            flat.extend(flatten_to_depth(item, depth - 1))
        else:
            flat.append(item)
    return flat
''',
    },
    {
        "id": "en_chunk_list",
        "category": "utilities",
        "prompt": (
            "Write a Python function `chunk_list(items, size)` that splits a list into "
            "consecutive sublists of length `size` (size >= 1). The last chunk may be "
            "shorter; an empty list gives `[]`."
        ),
        "entry_point": "chunk_list",
        "explanation": (
            "Step through the list in strides of `size` and slice; slicing past the "
            "end is safe, so the final short chunk needs no special case."
        ),
        "solution": '''def chunk_list(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]
''',
        "tests": [
            "assert chunk_list([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]",
            "assert chunk_list([], 3) == []",
            "assert chunk_list([1, 2, 3], 3) == [[1, 2, 3]]",
            "assert chunk_list([1, 2], 5) == [[1, 2]]",
        ],
        "poor_style": '''def chunk_list(items, size):
    out = []
    cur = []
    for i in range(len(items)):
        cur.append(items[i])
        if len(cur) == size:
            out.append(cur)
            cur = []
    if len(cur) > 0:
        out.append(cur)
    else:
        pass
    return out
''',
        "partly_wrong": '''def chunk_list(items, size):
    return [items[i:i + size] for i in range(0, len(items) - size + 1, size)]
''',
    },
    {
        "id": "en_deep_merge",
        "category": "utilities",
        "prompt": (
            "Write a Python function `deep_merge(base, override)` that returns a new "
            "dict combining two dicts. Keys from both appear in the result; when both "
            "values for a key are dicts they are merged recursively, otherwise the "
            "value from `override` wins. Neither input may be modified."
        ),
        "entry_point": "deep_merge",
        "explanation": (
            "Start from a shallow copy of `base`, then for each key in `override` "
            "either recurse (both sides are dicts) or assign. Recursion builds new "
            "nested dicts, so the inputs stay untouched."
        ),
        "solution": '''def deep_merge(base: dict, override: dict) -> dict:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged
''',
        "tests": [
            "assert deep_merge({'a': 1, 'b': {'x': 1, 'y': 2}}, {'b': {'y': 3, 'z': 4}, 'c': 5}) == {'a': 1, 'b': {'x': 1, 'y': 3, 'z': 4}, 'c': 5}",
            "assert deep_merge({}, {'a': 1}) == {'a': 1}",
            "assert deep_merge({'a': {'b': 1}}, {'a': 2}) == {'a': 2}",
            "assert deep_merge({'a': 1}, {'a': {'b': 1}}) == {'a': {'b': 1}}",
            "assert (lambda base: (deep_merge(base, {'k': {'n': 2}}), base)[1])({'k': {'m': 1}}) == {'k': {'m': 1}}",
        ],
        "poor_style": '''import copy


def deep_merge(base, override):
    result = copy.deepcopy(base)
    for k in list(override.keys()):
        v = override[k]
        if k in result.keys():
            if type(result[k]) == dict and type(v) == dict:
                result[k] = deep_merge(result[k], v)
            else:
                result[k] = copy.deepcopy(v)
        else:
            result[k] = copy.deepcopy(v)
    return result
''',
        "partly_wrong": '''def deep_merge(base, override):
    return {**base, **override}
''',
    },
    {
        "id": "en_group_by_key",
        "category": "utilities",
        "prompt": (
            "Write a Python function `group_by_key(records, key)` that takes a list of "
            "dicts and returns a dict mapping each distinct value of `record[key]` to "
            "the list of records having that value, in their original order. Records "
            "that do not contain `key` are skipped."
        ),
        "entry_point": "group_by_key",
        "explanation": (
            "One pass with `dict.setdefault` appends each record to the list for its "
            "key value; records lacking the key are filtered out first."
        ),
        "solution": '''def group_by_key(records: list[dict], key) -> dict:
    groups: dict = {}
    for record in records:
        if key in record:
            groups.setdefault(record[key], []).append(record)
    return groups
''',
        "tests": [
            "assert group_by_key([{'t': 'a', 'v': 1}, {'t': 'b', 'v': 2}, {'t': 'a', 'v': 3}], 't') == {'a': [{'t': 'a', 'v': 1}, {'t': 'a', 'v': 3}], 'b': [{'t': 'b', 'v': 2}]}",
            "assert group_by_key([], 'x') == {}",
            "assert group_by_key([{'k': 1}, {'z': 2}], 'k') == {1: [{'k': 1}]}",
            "assert group_by_key([{'k': 0}, {'k': 0}], 'k') == {0: [{'k': 0}, {'k': 0}]}",
        ],
        "poor_style": '''def group_by_key(records, key):
    values = []
    for r in records:
        if key in r.keys():
            if r[key] not in values:
                values.append(r[key])
    out = {}
    for v in values:
        lst = []
        for r in records:
            if key in r.keys() and r[key] == v:
                lst.append(r)
        out[v] = lst
    return out
''',
        "partly_wrong": '''def group_by_key(records, key):
    groups = {}
    for record in records:
        groups.setdefault(record.get(key), []).append(record)
    return groups
''',
    },
    {
        "id": "en_dedupe_preserve_order",
        "category": "utilities",
        "prompt": (
            "Write a Python function `dedupe_preserve_order(items)` that returns a new "
            "list containing the hashable elements of `items` with duplicates removed, "
            "keeping the first occurrence of each element in its original position order."
        ),
        "entry_point": "dedupe_preserve_order",
        "explanation": (
            "`dict.fromkeys` keeps keys in insertion order and ignores repeats, so "
            "converting its keys back to a list removes duplicates in O(n)."
        ),
        "solution": '''def dedupe_preserve_order(items: list) -> list:
    return list(dict.fromkeys(items))
''',
        "tests": [
            "assert dedupe_preserve_order([3, 1, 3, 2, 1]) == [3, 1, 2]",
            "assert dedupe_preserve_order([]) == []",
            "assert dedupe_preserve_order([1, 1, 1]) == [1]",
            "assert dedupe_preserve_order(['b', 'a', 'b', 'c']) == ['b', 'a', 'c']",
        ],
        "poor_style": '''def dedupe_preserve_order(items):
    result = []
    for i in range(len(items)):
        dup = False
        for j in range(i):
            if items[j] == items[i]:
                dup = True
        if not dup:
            result.append(items[i])
    return result
''',
        "partly_wrong": '''def dedupe_preserve_order(items):
    return sorted(set(items))
''',
    },
    {
        "id": "en_transpose_ragged",
        "category": "utilities",
        "prompt": (
            "Write a Python function `transpose_ragged(rows, fill=None)` that "
            "transposes a list of rows that may have different lengths. The result has "
            "as many rows as the longest input row, each of length `len(rows)`; "
            "positions missing from shorter rows are filled with `fill`. The result is "
            "a list of lists, and `[]` (or only empty rows) gives `[]`."
        ),
        "entry_point": "transpose_ragged",
        "explanation": (
            "`itertools.zip_longest` walks all rows in parallel and pads the short ones "
            "with the fill value, so each tuple it yields is one output row."
        ),
        "solution": '''from itertools import zip_longest


def transpose_ragged(rows: list[list], fill=None) -> list[list]:
    return [list(column) for column in zip_longest(*rows, fillvalue=fill)]
''',
        "tests": [
            "assert transpose_ragged([[1, 2, 3], [4]], 0) == [[1, 4], [2, 0], [3, 0]]",
            "assert transpose_ragged([]) == []",
            "assert transpose_ragged([[1], [2, 3]]) == [[1, 2], [None, 3]]",
            "assert transpose_ragged([[], []]) == []",
            "assert transpose_ragged([['a', 'b']], '-') == [['a'], ['b']]",
        ],
        "poor_style": '''def transpose_ragged(rows, fill=None):
    longest = 0
    for r in rows:
        if len(r) > longest:
            longest = len(r)
    out = []
    for j in range(longest):
        new_row = []
        for i in range(len(rows)):
            if j < len(rows[i]):
                new_row = new_row + [rows[i][j]]
            else:
                new_row = new_row + [fill]
        out.append(new_row)
    return out
''',
        "partly_wrong": '''def transpose_ragged(rows, fill=None):
    return [list(column) for column in zip(*rows)]
''',
    },
    {
        "id": "en_rotate_matrix_turns",
        "category": "utilities",
        "prompt": (
            "Write a Python function `rotate_matrix_turns(matrix, turns)` that returns a "
            "new rectangular matrix (list of lists) equal to `matrix` rotated by "
            "`turns` quarter turns clockwise. `turns` may be any integer: negative "
            "values rotate counter-clockwise and multiples of 4 leave the matrix "
            "unchanged. An R x C matrix becomes C x R after an odd number of turns."
        ),
        "entry_point": "rotate_matrix_turns",
        "explanation": (
            "Reduce the turns modulo 4 (Python's modulo maps negative turns to the "
            "equivalent clockwise count), then apply at most three clockwise quarter "
            "turns, each being 'reverse the rows, then transpose'."
        ),
        "solution": '''def rotate_matrix_turns(matrix: list[list], turns: int) -> list[list]:
    result = [list(row) for row in matrix]
    for _ in range(turns % 4):
        result = [list(row) for row in zip(*reversed(result))]
    return result
''',
        "tests": [
            "assert rotate_matrix_turns([[1, 2], [3, 4]], 1) == [[3, 1], [4, 2]]",
            "assert rotate_matrix_turns([[1, 2], [3, 4]], -1) == [[2, 4], [1, 3]]",
            "assert rotate_matrix_turns([[1, 2, 3]], 2) == [[3, 2, 1]]",
            "assert rotate_matrix_turns([[1, 2], [3, 4]], 4) == [[1, 2], [3, 4]]",
            "assert rotate_matrix_turns([[1, 2, 3]], 3) == [[3], [2], [1]]",
            "assert rotate_matrix_turns([], 1) == []",
        ],
        "poor_style": '''def rotate_matrix_turns(matrix, turns):
    m = []
    for row in matrix:
        m.append(list(row))
    t = turns
    while t < 0:
        t = t + 4
    while t >= 4:
        t = t - 4
    for _ in range(t):
        if len(m) == 0:
            break
        rows = len(m)
        cols = len(m[0])
        new = []
        for j in range(cols):
            line = []
            for i in range(rows - 1, -1, -1):
                line.append(m[i][j])
            new.append(line)
        m = new
    return m
''',
        "partly_wrong": '''def rotate_matrix_turns(matrix, turns):
    result = [list(row) for row in matrix]
    for _ in range(turns):
        result = [list(row) for row in zip(*reversed(result))]
    return result
''',
    },
    {
        "id": "en_is_leap_year",
        "category": "utilities",
        "prompt": (
            "Write a Python function `is_leap_year(year)` that returns True if `year` "
            "is a leap year in the Gregorian calendar: divisible by 4, except years "
            "divisible by 100, which are leap years only when also divisible by 400."
        ),
        "entry_point": "is_leap_year",
        "explanation": (
            "Combine the three divisibility rules in one boolean expression: "
            "divisible by 4 and not by 100, or divisible by 400."
        ),
        "solution": '''def is_leap_year(year: int) -> bool:
    return (year % 4 == 0 and year % 100 != 0) or year % 400 == 0
''',
        "tests": [
            "assert is_leap_year(2000) == True",
            "assert is_leap_year(1900) == False",
            "assert is_leap_year(2024) == True",
            "assert is_leap_year(2023) == False",
            "assert is_leap_year(2100) == False",
        ],
        "poor_style": '''def is_leap_year(year):
    leap = False
    if year % 4 == 0:
        leap = True
        if year % 100 == 0:
            leap = False
            if year % 400 == 0:
                leap = True
            else:
                leap = False
    else:
        leap = False
    if leap == True:
        return True
    else:
        return False
''',
        "partly_wrong": '''def is_leap_year(year):
    return year % 4 == 0
''',
    },
    {
        "id": "en_count_leap_years",
        "category": "utilities",
        "prompt": (
            "Write a Python function `count_leap_years(start_year, end_year)` that "
            "returns how many Gregorian leap years lie in the inclusive range "
            "`start_year .. end_year` (1 <= start_year <= end_year). Use a closed-form "
            "count rather than looping over the years."
        ),
        "entry_point": "count_leap_years",
        "explanation": (
            "The number of leap years in 1..y is y // 4 - y // 100 + y // 400, so the "
            "answer is that count at end_year minus the count at start_year - 1, in O(1)."
        ),
        "solution": '''def count_leap_years(start_year: int, end_year: int) -> int:
    def leap_years_up_to(year: int) -> int:
        return year // 4 - year // 100 + year // 400

    return leap_years_up_to(end_year) - leap_years_up_to(start_year - 1)
''',
        "tests": [
            "assert count_leap_years(2000, 2000) == 1",
            "assert count_leap_years(1900, 1900) == 0",
            "assert count_leap_years(1996, 2004) == 3",
            "assert count_leap_years(1, 400) == 97",
            "assert count_leap_years(2001, 2003) == 0",
            "assert count_leap_years(1800, 2000) == 49",
        ],
        "poor_style": '''def count_leap_years(start_year, end_year):
    count = 0
    y = start_year
    while y <= end_year:
        leap = False
        if y % 4 == 0:
            leap = True
        if y % 100 == 0:
            leap = False
        if y % 400 == 0:
            leap = True
        if leap == True:
            count = count + 1
        y = y + 1
    return count
''',
        "partly_wrong": '''def count_leap_years(start_year, end_year):
    return end_year // 4 - (start_year - 1) // 4
''',
    },
    {
        "id": "en_days_in_month",
        "category": "utilities",
        "prompt": (
            "Write a Python function `days_in_month(year, month)` that returns the "
            "number of days in the given month (1-12) of a Gregorian year, taking leap "
            "years into account, without importing `calendar` or `datetime`."
        ),
        "entry_point": "days_in_month",
        "explanation": (
            "Look the month up in a table of lengths and add one for February when the "
            "year is a leap year."
        ),
        "solution": '''def days_in_month(year: int, month: int) -> int:
    lengths = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    leap = (year % 4 == 0 and year % 100 != 0) or year % 400 == 0
    return lengths[month - 1] + (1 if month == 2 and leap else 0)
''',
        "tests": [
            "assert days_in_month(2024, 2) == 29",
            "assert days_in_month(2023, 2) == 28",
            "assert days_in_month(1900, 2) == 28",
            "assert days_in_month(2023, 4) == 30",
            "assert days_in_month(2023, 12) == 31",
        ],
        "poor_style": '''def days_in_month(year, month):
    if month == 2:
        if year % 4 != 0:
            return 28
        else:
            if year % 100 != 0:
                return 29
            else:
                if year % 400 != 0:
                    return 28
                else:
                    return 29
    elif month in [4, 6, 9, 11]:
        return 30
    elif month in [1, 3, 5, 7, 8, 10, 12]:
        return 31
''',
        "partly_wrong": '''def days_in_month(year, month):
    return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
''',
    },
    {
        "id": "en_weekday_after",
        "category": "utilities",
        "prompt": (
            "Write a Python function `weekday_after(weekday, days)` that takes an "
            "English weekday name (\"Monday\" through \"Sunday\", capitalised) and an "
            "integer number of days, which may be negative or very large, and returns "
            "the name of the weekday that many days later (earlier if negative)."
        ),
        "entry_point": "weekday_after",
        "explanation": (
            "Map the name to its index in a seven-item tuple, add the offset and "
            "reduce modulo 7; Python's modulo is never negative, so going backwards "
            "needs no special case."
        ),
        "solution": '''_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def weekday_after(weekday: str, days: int) -> str:
    return _WEEKDAYS[(_WEEKDAYS.index(weekday) + days) % 7]
''',
        "tests": [
            "assert weekday_after('Monday', 1) == 'Tuesday'",
            "assert weekday_after('Sunday', 1) == 'Monday'",
            "assert weekday_after('Wednesday', -3) == 'Sunday'",
            "assert weekday_after('Friday', 700) == 'Friday'",
            "assert weekday_after('Tuesday', -10) == 'Saturday'",
        ],
        "poor_style": '''def weekday_after(weekday, days):
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    i = 0
    for k in range(len(names)):
        if names[k] == weekday:
            i = k
    if days >= 0:
        for _ in range(days):
            i = i + 1
            if i == 7:
                i = 0
    else:
        for _ in range(-days):
            i = i - 1
            if i == -1:
                i = 6
    return names[i]
''',
        "partly_wrong": '''def weekday_after(weekday, days):
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    return names[(names.index(weekday) + abs(days)) % 7]
''',
    },
    {
        "id": "en_add_days_to_date",
        "category": "utilities",
        "prompt": (
            "Write a Python function `add_days_to_date(year, month, day, days)` that "
            "adds a non-negative number of days to a valid Gregorian date and returns "
            "the result as a `(year, month, day)` tuple, without using `datetime`."
        ),
        "entry_point": "add_days_to_date",
        "explanation": (
            "Add the days to the day-of-month, then repeatedly subtract the length of "
            "the current month and advance the month (and year after December) until "
            "the day fits."
        ),
        "solution": '''def _month_length(year: int, month: int) -> int:
    if month == 2:
        leap = (year % 4 == 0 and year % 100 != 0) or year % 400 == 0
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def add_days_to_date(year: int, month: int, day: int, days: int) -> tuple[int, int, int]:
    day += days
    while day > _month_length(year, month):
        day -= _month_length(year, month)
        month += 1
        if month == 13:
            month = 1
            year += 1
    return (year, month, day)
''',
        "tests": [
            "assert add_days_to_date(2023, 12, 31, 1) == (2024, 1, 1)",
            "assert add_days_to_date(2024, 2, 28, 1) == (2024, 2, 29)",
            "assert add_days_to_date(2023, 2, 28, 1) == (2023, 3, 1)",
            "assert add_days_to_date(2024, 1, 1, 366) == (2025, 1, 1)",
            "assert add_days_to_date(2024, 5, 5, 0) == (2024, 5, 5)",
        ],
        "poor_style": '''def add_days_to_date(year, month, day, days):
    y = year
    m = month
    d = day
    for i in range(days):
        if m == 2:
            if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0:
                last = 29
            else:
                last = 28
        elif m == 4 or m == 6 or m == 9 or m == 11:
            last = 30
        else:
            last = 31
        if d < last:
            d = d + 1
        else:
            d = 1
            if m == 12:
                m = 1
                y = y + 1
            else:
                m = m + 1
    return (y, m, d)
''',
        "partly_wrong": '''def add_days_to_date(year, month, day, days):
    lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    day += days
    while day > lengths[month - 1]:
        day -= lengths[month - 1]
        month += 1
        if month == 13:
            month = 1
            year += 1
    return (year, month, day)
''',
    },
    {
        "id": "en_convert_length",
        "category": "utilities",
        "prompt": (
            "Write a Python function `convert_length(value, from_unit, to_unit)` that "
            "converts a length between the units \"mm\", \"cm\", \"m\", \"km\", \"in\", "
            "\"ft\", \"yd\" and \"mi\" (1 in = 0.0254 m, 1 ft = 0.3048 m, 1 yd = 0.9144 m, "
            "1 mi = 1609.344 m) and returns the result rounded to 4 decimal places. "
            "Raise `ValueError` for an unknown unit."
        ),
        "entry_point": "convert_length",
        "explanation": (
            "Express every unit as a number of metres, convert the value to metres and "
            "then to the target unit, rounding only once at the end."
        ),
        "solution": '''_METRES_PER_UNIT = {
    "mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0,
    "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344,
}


def convert_length(value: float, from_unit: str, to_unit: str) -> float:
    try:
        metres = value * _METRES_PER_UNIT[from_unit]
        return round(metres / _METRES_PER_UNIT[to_unit], 4)
    except KeyError as error:
        raise ValueError(f"unknown unit: {error.args[0]}") from None
''',
        "tests": [
            "assert convert_length(1, 'km', 'm') == 1000.0",
            "assert convert_length(12, 'in', 'ft') == 1.0",
            "assert convert_length(1, 'mi', 'km') == 1.6093",
            "assert convert_length(100, 'cm', 'in') == 39.3701",
            "assert convert_length(5, 'm', 'm') == 5.0",
        ],
        "poor_style": '''def convert_length(value, from_unit, to_unit):
    units = ["mm", "cm", "m", "km", "in", "ft", "yd", "mi"]
    factors = [0.001, 0.01, 1.0, 1000.0, 0.0254, 0.3048, 0.9144, 1609.344]
    f1 = None
    f2 = None
    for i in range(len(units)):
        if units[i] == from_unit:
            f1 = factors[i]
        if units[i] == to_unit:
            f2 = factors[i]
    if f1 == None or f2 == None:
        raise ValueError("unit")
    x = value * f1
    x = x / f2
    x = round(x, 4)
    return x
''',
        "partly_wrong": '''def convert_length(value, from_unit, to_unit):
    factors = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0,
               "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344}
    if from_unit not in factors or to_unit not in factors:
        raise ValueError("unknown unit")
    return round(value / factors[from_unit] * factors[to_unit], 4)
''',
    },
    {
        "id": "en_format_bytes",
        "category": "utilities",
        "prompt": (
            "Write a Python function `format_bytes(size)` that renders a non-negative "
            "byte count with binary units (1 KB = 1024 B): values below 1024 are shown "
            "as an integer with \"B\" (e.g. \"512 B\"); larger values use the largest "
            "unit among KB, MB, GB and TB that keeps the number at least 1, with one "
            "decimal place (e.g. 1536 -> \"1.5 KB\"). TB is the largest unit."
        ),
        "entry_point": "format_bytes",
        "explanation": (
            "Divide by 1024 while the value is at least 1024 and a larger unit exists, "
            "then format bytes as an integer and every other unit with one decimal."
        ),
        "solution": '''def format_bytes(size: int) -> str:
    units = ["B", "KB", "MB", "GB", "TB"]
    value = float(size)
    index = 0
    while value >= 1024 and index < len(units) - 1:
        value /= 1024
        index += 1
    if index == 0:
        return f"{size} B"
    return f"{value:.1f} {units[index]}"
''',
        "tests": [
            "assert format_bytes(512) == '512 B'",
            "assert format_bytes(1536) == '1.5 KB'",
            "assert format_bytes(1048576) == '1.0 MB'",
            "assert format_bytes(1023) == '1023 B'",
            "assert format_bytes(5 * 1024 ** 3) == '5.0 GB'",
            "assert format_bytes(0) == '0 B'",
        ],
        "poor_style": '''def format_bytes(size):
    if size < 1024:
        return str(size) + " B"
    elif size < 1024 * 1024:
        return "%.1f KB" % (size / 1024)
    elif size < 1024 * 1024 * 1024:
        return "%.1f MB" % (size / 1024 / 1024)
    elif size < 1024 * 1024 * 1024 * 1024:
        return "%.1f GB" % (size / 1024 / 1024 / 1024)
    else:
        return "%.1f TB" % (size / 1024 / 1024 / 1024 / 1024)
''',
        "partly_wrong": '''def format_bytes(size):
    units = ["B", "KB", "MB", "GB", "TB"]
    value = size
    index = 0
    while value >= 1000 and index < len(units) - 1:
        value /= 1000
        index += 1
    if index == 0:
        return f"{size} B"
    return f"{value:.1f} {units[index]}"
''',
    },
    {
        "id": "en_invert_dict",
        "category": "utilities",
        "prompt": (
            "Write a Python function `invert_dict(mapping)` that inverts a dict whose "
            "values are hashable: the result maps each distinct value to the sorted "
            "list of keys that had that value."
        ),
        "entry_point": "invert_dict",
        "explanation": (
            "Collect keys per value with `setdefault`, since several keys may share a "
            "value, then sort each list so the output is deterministic."
        ),
        "solution": '''def invert_dict(mapping: dict) -> dict:
    inverted: dict = {}
    for key, value in mapping.items():
        inverted.setdefault(value, []).append(key)
    return {value: sorted(keys) for value, keys in inverted.items()}
''',
        "tests": [
            "assert invert_dict({'a': 1, 'b': 2, 'c': 1}) == {1: ['a', 'c'], 2: ['b']}",
            "assert invert_dict({}) == {}",
            "assert invert_dict({'x': 'y'}) == {'y': ['x']}",
            "assert invert_dict({'b': 0, 'a': 0}) == {0: ['a', 'b']}",
        ],
        "poor_style": '''def invert_dict(mapping):
    vals = []
    for k in mapping:
        if mapping[k] not in vals:
            vals.append(mapping[k])
    res = {}
    for v in vals:
        ks = []
        for k in mapping:
            if mapping[k] == v:
                ks.append(k)
        ks.sort()
        res[v] = ks
    return res
''',
        "partly_wrong": '''def invert_dict(mapping):
    return {value: [key] for key, value in mapping.items()}
''',
    },
    {
        "id": "en_get_nested",
        "category": "utilities",
        "prompt": (
            "Write a Python function `get_nested(data, path, default=None)` that looks "
            "up a value in nested dicts and lists using a dot-separated path such as "
            "\"items.1.id\": a segment selects a dict key, or, when the current value is "
            "a list and the segment is a non-negative integer, a list index. Return "
            "`default` as soon as a segment cannot be followed. An empty path returns "
            "`data` itself."
        ),
        "entry_point": "get_nested",
        "explanation": (
            "Walk the segments one at a time, branching on whether the current value "
            "is a dict or a list, and bail out with the default on any missing key, "
            "bad index or non-container value."
        ),
        "solution": '''def get_nested(data, path: str, default=None):
    current = data
    for segment in path.split(".") if path else []:
        if isinstance(current, dict) and segment in current:
            current = current[segment]
        elif (isinstance(current, list) and segment.isdigit()
              and int(segment) < len(current)):
            current = current[int(segment)]
        else:
            return default
    return current
''',
        "tests": [
            "assert get_nested({'a': {'b': {'c': 1}}}, 'a.b.c') == 1",
            "assert get_nested({'a': {'b': 1}}, 'a.x', 'missing') == 'missing'",
            "assert get_nested({'items': [{'id': 7}, {'id': 8}]}, 'items.1.id') == 8",
            "assert get_nested({'a': [1, 2]}, 'a.5', -1) == -1",
            "assert get_nested({'a': 1}, 'a.b') == None",
        ],
        "poor_style": '''def get_nested(data, path, default=None):
    if path == "":
        return data
    parts = path.split(".")
    cur = data
    i = 0
    ok = True
    while i < len(parts) and ok:
        p = parts[i]
        if type(cur) == dict:
            if p in cur.keys():
                cur = cur[p]
            else:
                ok = False
        elif type(cur) == list:
            is_num = True
            for ch in p:
                if ch not in "0123456789":
                    is_num = False
            if is_num and p != "" and int(p) < len(cur):
                cur = cur[int(p)]
            else:
                ok = False
        else:
            ok = False
        i += 1
    if ok:
        return cur
    return default
''',
        "partly_wrong": '''def get_nested(data, path, default=None):
    current = data
    try:
        for segment in path.split("."):
            current = current[segment]
    except (KeyError, TypeError):
        return default
    return current
''',
    },
    {
        "id": "en_flatten_dict",
        "category": "utilities",
        "prompt": (
            "Write a Python function `flatten_dict(data, sep='.')` that flattens nested "
            "dicts into a single dict whose keys are the paths joined by `sep`, e.g. "
            "`{'a': {'b': 1}}` becomes `{'a.b': 1}`. Non-dict values (including lists) "
            "are kept as leaves, and an empty nested dict contributes no keys."
        ),
        "entry_point": "flatten_dict",
        "explanation": (
            "Recurse into dict values with the current path as prefix and record every "
            "non-dict value under its joined path; empty dicts naturally produce nothing."
        ),
        "solution": '''def flatten_dict(data: dict, sep: str = ".") -> dict:
    flat: dict = {}

    def walk(node: dict, prefix: str) -> None:
        for key, value in node.items():
            path = f"{prefix}{sep}{key}" if prefix else str(key)
            if isinstance(value, dict):
                walk(value, path)
            else:
                flat[path] = value

    walk(data, "")
    return flat
''',
        "tests": [
            "assert flatten_dict({'a': {'b': 1, 'c': {'d': 2}}, 'e': 3}) == {'a.b': 1, 'a.c.d': 2, 'e': 3}",
            "assert flatten_dict({'x': {'y': 1}}, '/') == {'x/y': 1}",
            "assert flatten_dict({}) == {}",
            "assert flatten_dict({'k': {}}) == {}",
            "assert flatten_dict({'a': [1, 2]}) == {'a': [1, 2]}",
        ],
        "poor_style": '''def flatten_dict(data, sep="."):
    result = {}
    todo = []
    for k in data:
        todo.append((str(k), data[k]))
    while len(todo) > 0:
        item = todo[0]
        todo = todo[1:]
        if type(item[1]) == dict:
            for k in item[1]:
                todo.append((item[0] + sep + str(k), item[1][k]))
        else:
            result[item[0]] = item[1]
    return result
''',
        "partly_wrong": '''def flatten_dict(data, sep="."):
    flat = {}
    for key, value in data.items():
        if isinstance(value, dict):
            for inner_key, inner_value in value.items():
                flat[f"{key}{sep}{inner_key}"] = inner_value
        else:
            flat[key] = value
    return flat
''',
    },
    {
        "id": "en_partition_by",
        "category": "utilities",
        "prompt": (
            "Write a Python function `partition_by(predicate, items)` that splits "
            "`items` (any iterable, possibly a one-shot iterator) into a tuple of two "
            "lists: the elements for which `predicate` returns a truthy value and the "
            "rest, each keeping the original order. `items` must be traversed only once."
        ),
        "entry_point": "partition_by",
        "explanation": (
            "A single loop appends each element to one of two lists. Filtering twice "
            "would exhaust a one-shot iterator on the first pass."
        ),
        "solution": '''def partition_by(predicate, items) -> tuple[list, list]:
    matching, rest = [], []
    for item in items:
        (matching if predicate(item) else rest).append(item)
    return matching, rest
''',
        "tests": [
            "assert partition_by(lambda x: x > 2, [1, 2, 3, 4]) == ([3, 4], [1, 2])",
            "assert partition_by(lambda x: x % 2 == 0, iter([1, 2, 3, 4])) == ([2, 4], [1, 3])",
            "assert partition_by(bool, []) == ([], [])",
            "assert partition_by(str.isupper, 'aBcD') == (['B', 'D'], ['a', 'c'])",
        ],
        "poor_style": '''def partition_by(predicate, items):
    all_items = []
    for x in items:
        all_items.append(x)
    yes = []
    no = []
    for i in range(len(all_items)):
        if predicate(all_items[i]):
            yes = yes + [all_items[i]]
    for i in range(len(all_items)):
        if not predicate(all_items[i]):
            no = no + [all_items[i]]
    return (yes, no)
''',
        "partly_wrong": '''def partition_by(predicate, items):
    matching = [x for x in items if predicate(x)]
    rest = [x for x in items if not predicate(x)]
    return matching, rest
''',
    },
    {
        "id": "en_most_common_element",
        "category": "utilities",
        "prompt": (
            "Write a Python function `most_common_element(items)` that returns the "
            "element occurring most often in the list `items` (elements are hashable). "
            "If several elements tie, return the one whose first occurrence comes "
            "earliest; return None for an empty list."
        ),
        "entry_point": "most_common_element",
        "explanation": (
            "`collections.Counter` preserves first-insertion order and `most_common` "
            "sorts stably, so the first element it reports already respects the "
            "earliest-occurrence tie-break."
        ),
        "solution": '''from collections import Counter


def most_common_element(items: list):
    if not items:
        return None
    return Counter(items).most_common(1)[0][0]
''',
        "tests": [
            "assert most_common_element([1, 2, 2, 3, 3]) == 2",
            "assert most_common_element([]) == None",
            "assert most_common_element(['a']) == 'a'",
            "assert most_common_element([5, 4, 4, 5, 4]) == 4",
        ],
        "poor_style": '''def most_common_element(items):
    best = None
    best_count = 0
    for x in items:
        c = 0
        for y in items:
            if x == y:
                c = c + 1
        if c > best_count:
            best_count = c
            best = x
    return best
''',
        "partly_wrong": '''def most_common_element(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return sorted(counts, key=counts.get)[-1]
''',
    },
    {
        "id": "en_normalize_scores",
        "category": "utilities",
        "prompt": (
            "Write a Python function `normalize_scores(scores)` that rescales a list "
            "of numbers linearly so the minimum becomes 0.0 and the maximum becomes "
            "1.0, rounding each result to 3 decimals. If all scores are equal, return "
            "a list of 0.0 values; an empty list gives `[]`."
        ),
        "entry_point": "normalize_scores",
        "explanation": (
            "Compute the minimum and the range once; a zero range would divide by "
            "zero, so that case returns zeros directly."
        ),
        "solution": '''def normalize_scores(scores: list[float]) -> list[float]:
    if not scores:
        return []
    low, high = min(scores), max(scores)
    span = high - low
    if span == 0:
        return [0.0] * len(scores)
    return [round((score - low) / span, 3) for score in scores]
''',
        "tests": [
            "assert normalize_scores([10, 20, 15]) == [0.0, 1.0, 0.5]",
            "assert normalize_scores([]) == []",
            "assert normalize_scores([4, 4]) == [0.0, 0.0]",
            "assert normalize_scores([0, 3, 1]) == [0.0, 1.0, 0.333]",
        ],
        "poor_style": '''def normalize_scores(scores):
    out = []
    for s in scores:
        lo = min(scores)
        hi = max(scores)
        if hi - lo == 0:
            out.append(0.0)
        else:
            out.append(round((s - lo) / (hi - lo), 3))
    return out
''',
        "partly_wrong": '''def normalize_scores(scores):
    if not scores:
        return []
    low, high = min(scores), max(scores)
    return [round((s - low) / (high - low), 3) for s in scores]
''',
    },
    # ------------------------------------------------------------------
    # Iterators and functional helpers
    # ------------------------------------------------------------------
    {
        "id": "en_running_distinct_count",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `running_distinct_count(items)` that returns a "
            "list whose i-th element is the number of distinct values among "
            "`items[0]` through `items[i]` (elements are hashable)."
        ),
        "entry_point": "running_distinct_count",
        "explanation": (
            "Walk the items once while adding them to a set; the set's size after each "
            "step is the running count, giving O(n) time."
        ),
        "solution": '''def running_distinct_count(items) -> list[int]:
    seen = set()
    counts = []
    for item in items:
        seen.add(item)
        counts.append(len(seen))
    return counts
''',
        "tests": [
            "assert running_distinct_count(['a', 'b', 'a', 'c']) == [1, 2, 2, 3]",
            "assert running_distinct_count([]) == []",
            "assert running_distinct_count([1, 1, 1]) == [1, 1, 1]",
            "assert running_distinct_count([3, 2, 1]) == [1, 2, 3]",
        ],
        "poor_style": '''def running_distinct_count(items):
    out = []
    for i in range(len(items)):
        out.append(len(set(items[:i + 1])))
    return out
''',
        "partly_wrong": '''def running_distinct_count(items):
    counts = []
    total = 0
    previous = object()
    for item in items:
        if item != previous:
            total += 1
        counts.append(total)
        previous = item
    return counts
''',
    },
    {
        "id": "en_pairwise_list",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `pairwise_list(items)` that returns the list of "
            "overlapping pairs of consecutive elements as tuples: `[a, b, c]` gives "
            "`[(a, b), (b, c)]`. Fewer than two elements give `[]`."
        ),
        "entry_point": "pairwise_list",
        "explanation": (
            "`itertools.pairwise` (Python 3.10+) produces successive overlapping pairs "
            "lazily; wrapping it in `list` materialises them."
        ),
        "solution": '''from itertools import pairwise


def pairwise_list(items: list) -> list[tuple]:
    return list(pairwise(items))
''',
        "tests": [
            "assert pairwise_list([1, 2, 3]) == [(1, 2), (2, 3)]",
            "assert pairwise_list([]) == []",
            "assert pairwise_list([1]) == []",
            "assert pairwise_list('abcd') == [('a', 'b'), ('b', 'c'), ('c', 'd')]",
        ],
        "poor_style": '''def pairwise_list(items):
    res = []
    idx = 0
    for x in items:
        if idx > 0:
            res.append((items[idx - 1], x))
        idx = idx + 1
    return res
''',
        "partly_wrong": '''def pairwise_list(items):
    return [(items[i], items[(i + 1) % len(items)]) for i in range(len(items))]
''',
    },
    {
        "id": "en_window_distinct_counts",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `window_distinct_counts(items, k)` that returns, "
            "for every contiguous window of `k` elements (k >= 1) of the sequence "
            "`items` from left to right, the number of distinct elements in that "
            "window. If `k` exceeds the length, return `[]`. Aim for O(n) overall by "
            "updating counts as the window slides."
        ),
        "entry_point": "window_distinct_counts",
        "explanation": (
            "Keep a `Counter` of the current window: add the entering element, "
            "decrement the leaving one and delete it when its count reaches zero, so "
            "the number of keys is always the distinct count."
        ),
        "solution": '''from collections import Counter


def window_distinct_counts(items, k: int) -> list[int]:
    window: Counter = Counter()
    counts = []
    for index, item in enumerate(items):
        window[item] += 1
        if index >= k:
            leaving = items[index - k]
            window[leaving] -= 1
            if window[leaving] == 0:
                del window[leaving]
        if index >= k - 1:
            counts.append(len(window))
    return counts
''',
        "tests": [
            "assert window_distinct_counts([1, 2, 1, 3, 4, 2, 3], 4) == [3, 4, 4, 3]",
            "assert window_distinct_counts([1, 1, 1], 2) == [1, 1]",
            "assert window_distinct_counts([], 1) == []",
            "assert window_distinct_counts([1, 2], 3) == []",
            "assert window_distinct_counts('abca', 3) == [3, 3]",
        ],
        "poor_style": '''def window_distinct_counts(items, k):
    res = []
    for i in range(len(items)):
        if i + k <= len(items):
            seen = []
            for j in range(i, i + k):
                if items[j] not in seen:
                    seen.append(items[j])
            res.append(len(seen))
    return res
''',
        "partly_wrong": '''from collections import Counter


def window_distinct_counts(items, k):
    window = Counter()
    counts = []
    for i, item in enumerate(items):
        window[item] += 1
        if i >= k:
            window[items[i - k]] -= 1
        if i >= k - 1:
            counts.append(len(window))
    return counts
''',
    },
    {
        "id": "en_interleave_lists",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `interleave_lists(*lists)` that takes any number "
            "of lists and returns one list taking elements round-robin: the first "
            "element of each list in turn, then the second of each, and so on. Lists "
            "that run out are simply skipped, so all elements appear exactly once."
        ),
        "entry_point": "interleave_lists",
        "explanation": (
            "`zip_longest` with a private sentinel as fill value walks all lists in "
            "lockstep; dropping the sentinel skips exhausted lists without confusing "
            "them with genuine None elements."
        ),
        "solution": '''from itertools import zip_longest

_MISSING = object()


def interleave_lists(*lists: list) -> list:
    return [
        item
        for group in zip_longest(*lists, fillvalue=_MISSING)
        for item in group
        if item is not _MISSING
    ]
''',
        "tests": [
            "assert interleave_lists([1, 2, 3], ['a', 'b']) == [1, 'a', 2, 'b', 3]",
            "assert interleave_lists() == []",
            "assert interleave_lists([1, 2], [3, 4]) == [1, 3, 2, 4]",
            "assert interleave_lists([], [None, 5], [7]) == [None, 7, 5]",
        ],
        "poor_style": '''def interleave_lists(*lists):
    longest = 0
    for l in lists:
        if len(l) > longest:
            longest = len(l)
    out = []
    for i in range(longest):
        for l in lists:
            if i < len(l):
                out = out + [l[i]]
    return out
''',
        "partly_wrong": '''def interleave_lists(*lists):
    return [item for group in zip(*lists) for item in group]
''',
    },
    {
        "id": "en_exponential_moving_average",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `exponential_moving_average(values, alpha)` that "
            "returns the exponential moving average of a list of numbers with "
            "smoothing factor `alpha` (0 < alpha <= 1): the first average equals the "
            "first value, and each later average is `alpha * value + (1 - alpha) * "
            "previous_average`. Round each reported average to 3 decimals, but keep "
            "full precision in the running computation. An empty list gives `[]`."
        ),
        "entry_point": "exponential_moving_average",
        "explanation": (
            "Carry the unrounded running average through the loop and round only the "
            "copy that is appended, so rounding errors do not accumulate."
        ),
        "solution": '''def exponential_moving_average(values: list[float], alpha: float) -> list[float]:
    averages = []
    current = None
    for value in values:
        current = value if current is None else alpha * value + (1 - alpha) * current
        averages.append(round(current, 3))
    return averages
''',
        "tests": [
            "assert exponential_moving_average([10, 20, 30], 0.5) == [10, 15.0, 22.5]",
            "assert exponential_moving_average([], 0.3) == []",
            "assert exponential_moving_average([4], 0.9) == [4]",
            "assert exponential_moving_average([0, 8, 8], 0.25) == [0, 2.0, 3.5]",
            "assert exponential_moving_average([1, 2], 1.0) == [1, 2.0]",
        ],
        "poor_style": '''def exponential_moving_average(values, alpha):
    result = []
    for i in range(len(values)):
        ema = values[0]
        for j in range(1, i + 1):
            ema = alpha * values[j] + (1 - alpha) * ema
        result.append(round(ema, 3))
    return result
''',
        "partly_wrong": '''def exponential_moving_average(values, alpha):
    averages = []
    for i, value in enumerate(values):
        if i == 0:
            current = value
        else:
            current = (1 - alpha) * value + alpha * current
        averages.append(round(current, 3))
    return averages
''',
    },
    {
        "id": "en_countdown",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python generator function `countdown(n)` that yields the integers "
            "from `n` down to 0 inclusive, one at a time. For negative `n` it yields "
            "nothing."
        ),
        "entry_point": "countdown",
        "explanation": (
            "A generator with `yield from range(n, -1, -1)` produces the values lazily; "
            "the range is empty when n is negative."
        ),
        "solution": '''from collections.abc import Iterator


def countdown(n: int) -> Iterator[int]:
    yield from range(n, -1, -1)
''',
        "tests": [
            "assert list(countdown(3)) == [3, 2, 1, 0]",
            "assert list(countdown(0)) == [0]",
            "assert list(countdown(-1)) == []",
            "assert (lambda g: (next(g), next(g)))(countdown(5)) == (5, 4)",
        ],
        "poor_style": '''def countdown(n):
    values = []
    i = n
    while i >= 0:
        values.append(i)
        i = i - 1
    for v in values:
        yield v
''',
        "partly_wrong": '''def countdown(n):
    for i in range(n, 0, -1):
        yield i
''',
    },
    {
        "id": "en_cycle_take",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `cycle_take(items, n)` that returns a list of the "
            "first `n` elements of the infinite sequence obtained by repeating `items` "
            "forever. If `items` is empty the result is `[]`."
        ),
        "entry_point": "cycle_take",
        "explanation": (
            "`itertools.islice(itertools.cycle(items), n)` takes exactly n elements "
            "lazily; an empty cycle simply stops, which covers the empty case."
        ),
        "solution": '''from itertools import cycle, islice


def cycle_take(items: list, n: int) -> list:
    return list(islice(cycle(items), n))
''',
        "tests": [
            "assert cycle_take([1, 2, 3], 7) == [1, 2, 3, 1, 2, 3, 1]",
            "assert cycle_take([], 4) == []",
            "assert cycle_take(['x'], 3) == ['x', 'x', 'x']",
            "assert cycle_take([1, 2], 0) == []",
        ],
        "poor_style": '''def cycle_take(items, n):
    if len(items) == 0:
        return []
    big = []
    while len(big) < n:
        big = big + items
    res = []
    for i in range(n):
        res.append(big[i])
    return res
''',
        "partly_wrong": '''def cycle_take(items, n):
    return items * (n // len(items))
''',
    },
    {
        "id": "en_compose",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `compose(*functions)` that returns a new "
            "one-argument function applying the given functions from right to left, "
            "so `compose(f, g)(x) == f(g(x))`. With no functions, the result is the "
            "identity function."
        ),
        "entry_point": "compose",
        "explanation": (
            "Return a closure that feeds the value through the functions in reversed "
            "order; an empty tuple of functions leaves the value untouched."
        ),
        "solution": '''from collections.abc import Callable


def compose(*functions: Callable) -> Callable:
    def composed(value):
        for function in reversed(functions):
            value = function(value)
        return value

    return composed
''',
        "tests": [
            "assert compose(lambda x: x + 1, lambda x: x * 2)(5) == 11",
            "assert compose()(7) == 7",
            "assert compose(str, abs)(-3) == '3'",
            "assert compose(len)('abc') == 3",
        ],
        "poor_style": '''def compose(*functions):
    fs = list(functions)
    fs2 = []
    i = len(fs) - 1
    while i >= 0:
        fs2.append(fs[i])
        i = i - 1

    def inner(x):
        result = x
        for j in range(len(fs2)):
            result = fs2[j](result)
        return result
    return inner
''',
        "partly_wrong": '''def compose(*functions):
    def composed(value):
        for function in functions:
            value = function(value)
        return value
    return composed
''',
    },
    {
        "id": "en_apply_n_times",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `apply_n_times(function, n, value)` that applies "
            "`function` to `value` repeatedly, `n` times in total (n >= 0), and "
            "returns the final result; with n = 0 it returns `value` unchanged."
        ),
        "entry_point": "apply_n_times",
        "explanation": (
            "A simple loop that reassigns the value n times is clear and avoids the "
            "recursion depth limits a recursive version would hit for large n."
        ),
        "solution": '''def apply_n_times(function, n: int, value):
    for _ in range(n):
        value = function(value)
    return value
''',
        "tests": [
            "assert apply_n_times(lambda x: x * 2, 3, 1) == 8",
            "assert apply_n_times(lambda x: x + 1, 0, 5) == 5",
            "assert apply_n_times(lambda s: s + 'a', 2, '') == 'aa'",
            "assert apply_n_times(lambda x: x - 1, 1, 0) == -1",
        ],
        "poor_style": '''def apply_n_times(function, n, value):
    if n == 0:
        return value
    else:
        return apply_n_times(function, n - 1, function(value))
''',
        "partly_wrong": '''def apply_n_times(function, n, value):
    for _ in range(n - 1):
        value = function(value)
    return value
''',
    },
    {
        "id": "en_running_max",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `running_max(numbers)` that returns a list whose "
            "i-th element is the largest value among `numbers[0..i]`. Numbers may be "
            "negative."
        ),
        "entry_point": "running_max",
        "explanation": (
            "`itertools.accumulate` accepts any binary function, so passing `max` "
            "yields the prefix maxima in one pass without a sentinel start value."
        ),
        "solution": '''from itertools import accumulate


def running_max(numbers: list[float]) -> list[float]:
    return list(accumulate(numbers, max))
''',
        "tests": [
            "assert running_max([1, 3, 2, 5, 4]) == [1, 3, 3, 5, 5]",
            "assert running_max([]) == []",
            "assert running_max([-5, -7, -1]) == [-5, -5, -1]",
            "assert running_max([2, 2]) == [2, 2]",
        ],
        "poor_style": '''def running_max(numbers):
    out = []
    for i in range(len(numbers)):
        out.append(max(numbers[:i + 1]))
    return out
''',
        "partly_wrong": '''def running_max(numbers):
    best = 0
    out = []
    for n in numbers:
        if n > best:
            best = n
        out.append(best)
    return out
''',
    },
    {
        "id": "en_group_consecutive_by",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `group_consecutive_by(items, key)` that splits "
            "`items` into runs of adjacent elements having the same `key(element)` and "
            "returns a list of `(key_value, elements)` tuples, where `elements` is the "
            "list of that run's items in order. Equal keys that are not adjacent form "
            "separate runs."
        ),
        "entry_point": "group_consecutive_by",
        "explanation": (
            "`itertools.groupby` groups exactly the consecutive elements with equal "
            "keys; materialising each group as a list gives the required pairs."
        ),
        "solution": '''from itertools import groupby


def group_consecutive_by(items, key) -> list[tuple]:
    return [(value, list(run)) for value, run in groupby(items, key)]
''',
        "tests": [
            "assert group_consecutive_by([1, 3, 2, 4, 5], lambda x: x % 2) == [(1, [1, 3]), (0, [2, 4]), (1, [5])]",
            "assert group_consecutive_by([], len) == []",
            "assert group_consecutive_by(['apple', 'avocado', 'banana', 'blueberry', 'cherry'], lambda w: w[0]) == [('a', ['apple', 'avocado']), ('b', ['banana', 'blueberry']), ('c', ['cherry'])]",
            "assert group_consecutive_by(['x', 'yy', 'z'], len) == [(1, ['x']), (2, ['yy']), (1, ['z'])]",
        ],
        "poor_style": '''def group_consecutive_by(items, key):
    items = list(items)
    out = []
    i = 0
    while i < len(items):
        k = key(items[i])
        run = []
        j = i
        while j < len(items) and key(items[j]) == k:
            run = run + [items[j]]
            j = j + 1
        out.append((k, run))
        i = j
    return out
''',
        "partly_wrong": '''def group_consecutive_by(items, key):
    groups = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return list(groups.items())
''',
    },
    {
        "id": "en_sliding_windows",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `sliding_windows(items, k)` that returns every "
            "contiguous window of `k` elements (k >= 1) of the sequence `items` as a "
            "tuple, from left to right. If `k` exceeds the length, return `[]`."
        ),
        "entry_point": "sliding_windows",
        "explanation": (
            "There are len(items) - k + 1 full windows; slicing each start position "
            "and converting to a tuple produces them directly."
        ),
        "solution": '''def sliding_windows(items, k: int) -> list[tuple]:
    return [tuple(items[i:i + k]) for i in range(len(items) - k + 1)]
''',
        "tests": [
            "assert sliding_windows([1, 2, 3, 4], 2) == [(1, 2), (2, 3), (3, 4)]",
            "assert sliding_windows([1, 2], 3) == []",
            "assert sliding_windows('abc', 3) == [('a', 'b', 'c')]",
            "assert sliding_windows([5, 6], 1) == [(5,), (6,)]",
        ],
        "poor_style": '''def sliding_windows(items, k):
    out = []
    for start in range(len(items)):
        w = []
        for j in range(start, start + k):
            if j < len(items):
                w.append(items[j])
        if len(w) == k:
            out.append(tuple(w))
    return out
''',
        "partly_wrong": '''def sliding_windows(items, k):
    return [tuple(items[i:i + k]) for i in range(len(items))]
''',
    },
    {
        "id": "en_zip_with_default",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `zip_with_default(first, second, fill=None)` that "
            "pairs up the elements of two lists into tuples like `zip`, but continues "
            "until the longer list is exhausted, using `fill` in place of the missing "
            "elements of the shorter one."
        ),
        "entry_point": "zip_with_default",
        "explanation": (
            "`itertools.zip_longest` with `fillvalue` does exactly this and works "
            "whichever of the two lists is longer."
        ),
        "solution": '''from itertools import zip_longest


def zip_with_default(first: list, second: list, fill=None) -> list[tuple]:
    return list(zip_longest(first, second, fillvalue=fill))
''',
        "tests": [
            "assert zip_with_default([1, 2, 3], ['a']) == [(1, 'a'), (2, None), (3, None)]",
            "assert zip_with_default([1], [7, 8], 0) == [(1, 7), (0, 8)]",
            "assert zip_with_default([], []) == []",
            "assert zip_with_default([1, 2], [3, 4], '-') == [(1, 3), (2, 4)]",
        ],
        "poor_style": '''def zip_with_default(first, second, fill=None):
    n = len(first)
    if len(second) > n:
        n = len(second)
    res = []
    for i in range(n):
        if i < len(first):
            a = first[i]
        else:
            a = fill
        if i < len(second):
            b = second[i]
        else:
            b = fill
        res.append((a, b))
    return res
''',
        "partly_wrong": '''def zip_with_default(first, second, fill=None):
    padded = list(second) + [fill] * (len(first) - len(second))
    return list(zip(first, padded))
''',
    },
    {
        "id": "en_memoize",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `memoize(function)` that returns a wrapped version "
            "of `function` which caches results by its positional arguments (all "
            "hashable): calling the wrapper again with the same arguments returns the "
            "cached result without calling `function` again. Results that are falsy, "
            "such as 0 or None, must be cached too. Do not use `functools.lru_cache`."
        ),
        "entry_point": "memoize",
        "explanation": (
            "Store results in a dict keyed by the argument tuple and test membership "
            "with `in`, not truthiness, so falsy results are cached as well; "
            "`functools.wraps` keeps the wrapped function's name."
        ),
        "solution": '''from functools import wraps


def memoize(function):
    cache: dict = {}

    @wraps(function)
    def wrapper(*args):
        if args not in cache:
            cache[args] = function(*args)
        return cache[args]

    return wrapper
''',
        "tests": [
            "assert (lambda calls: (lambda g: (g(2), g(2), g(3), len(calls)))(memoize(lambda x: calls.append(x) or x * x)))([]) == (4, 4, 9, 2)",
            "assert memoize(lambda a, b: a + b)(2, 3) == 5",
            "assert (lambda calls: (lambda g: (g(0), g(0), len(calls)))(memoize(lambda x: calls.append(x) or x * 10)))([]) == (0, 0, 1)",
            "assert (lambda calls: (lambda g: (g(1, 2), g(2, 1), len(calls)))(memoize(lambda a, b: calls.append(1) or a - b)))([]) == (-1, 1, 2)",
        ],
        "poor_style": '''def memoize(function):
    keys = []
    values = []

    def wrapper(*args):
        for i in range(len(keys)):
            if keys[i] == args:
                return values[i]
        r = function(*args)
        keys.append(args)
        values.append(r)
        return r
    return wrapper
''',
        "partly_wrong": '''def memoize(function):
    cache = {}

    def wrapper(*args):
        if cache.get(args):
            return cache[args]
        result = function(*args)
        cache[args] = result
        return result
    return wrapper
''',
    },
    {
        "id": "en_first_true",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `first_true(items, predicate=None, default=None)` "
            "that returns the first element of the iterable `items` for which "
            "`predicate(element)` is truthy, or, when `predicate` is None, the first "
            "element that is itself truthy. Return `default` if there is no such element."
        ),
        "entry_point": "first_true",
        "explanation": (
            "`filter(None, items)` keeps truthy elements and `filter(predicate, items)` "
            "keeps matching ones; `next` with a default returns the first hit lazily."
        ),
        "solution": '''def first_true(items, predicate=None, default=None):
    return next(filter(predicate, items), default)
''',
        "tests": [
            "assert first_true([1, 4, 6, 7], lambda x: x % 2 == 0) == 4",
            "assert first_true([0, '', 'a', 'b']) == 'a'",
            "assert first_true([1, 3], lambda x: x > 5, 'none') == 'none'",
            "assert first_true([], default=-1) == -1",
        ],
        "poor_style": '''def first_true(items, predicate=None, default=None):
    found = False
    result = default
    for x in items:
        if found == False:
            if predicate == None:
                if x:
                    result = x
                    found = True
            else:
                if predicate(x):
                    result = x
                    found = True
    return result
''',
        "partly_wrong": '''def first_true(items, predicate=None, default=None):
    for item in items:
        if predicate(item):
            return item
    return default
''',
    },
    {
        "id": "en_peekable_iterator",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python class `PeekableIterator` that wraps any iterable and is "
            "itself an iterator. Besides normal iteration (`next(it)`, `for` loops) it "
            "offers `peek()`, which returns the next element without consuming it (or "
            "None if the iterator is exhausted), and `has_next()`. The wrapped data "
            "may itself contain None, which must be yielded normally."
        ),
        "entry_point": "PeekableIterator",
        "explanation": (
            "Buffer at most one element pulled from the underlying iterator, using a "
            "private sentinel object to mean 'nothing buffered' so that genuine None "
            "values are not mistaken for exhaustion."
        ),
        "solution": '''_EMPTY = object()


class PeekableIterator:
    def __init__(self, iterable) -> None:
        self._iterator = iter(iterable)
        self._buffer = _EMPTY

    def __iter__(self) -> "PeekableIterator":
        return self

    def _fill(self) -> None:
        if self._buffer is _EMPTY:
            self._buffer = next(self._iterator, _EMPTY)

    def has_next(self) -> bool:
        self._fill()
        return self._buffer is not _EMPTY

    def peek(self):
        self._fill()
        return None if self._buffer is _EMPTY else self._buffer

    def __next__(self):
        self._fill()
        if self._buffer is _EMPTY:
            raise StopIteration
        value, self._buffer = self._buffer, _EMPTY
        return value
''',
        "tests": [
            "assert (lambda it: (it.peek(), next(it), next(it), it.has_next()))(PeekableIterator([1, 2])) == (1, 1, 2, False)",
            "assert PeekableIterator([]).has_next() == False",
            "assert PeekableIterator([]).peek() == None",
            "assert list(PeekableIterator('abc')) == ['a', 'b', 'c']",
            "assert (lambda it: (it.peek(), it.peek(), list(it)))(PeekableIterator([0, 5])) == (0, 0, [0, 5])",
            "assert list(PeekableIterator([None, 1])) == [None, 1]",
        ],
        "poor_style": '''class PeekableIterator:
    def __init__(self, iterable):
        self.data = []
        for x in iterable:
            self.data.append(x)
        self.pos = 0

    def __iter__(self):
        return self

    def has_next(self):
        if self.pos < len(self.data):
            return True
        else:
            return False

    def peek(self):
        if self.has_next() == True:
            return self.data[self.pos]
        else:
            return None

    def __next__(self):
        if self.has_next() == False:
            raise StopIteration
        x = self.data[self.pos]
        self.pos = self.pos + 1
        return x
''',
        "partly_wrong": '''class PeekableIterator:
    def __init__(self, iterable):
        self.iterator = iter(iterable)
        self.buffer = None

    def __iter__(self):
        return self

    def peek(self):
        if self.buffer is None:
            self.buffer = next(self.iterator, None)
        return self.buffer

    def has_next(self):
        return self.peek() is not None

    def __next__(self):
        value = self.peek()
        if value is None:
            raise StopIteration
        self.buffer = None
        return value
''',
    },
    {
        "id": "en_split_when",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `split_when(items, should_split)` that splits the "
            "list `items` into consecutive sublists, starting a new sublist between "
            "neighbours `a` and `b` whenever `should_split(a, b)` is True. An empty "
            "list gives `[]`."
        ),
        "entry_point": "split_when",
        "explanation": (
            "Walk the list keeping the current chunk; when the predicate fires for the "
            "previous and current element, close the chunk and start a new one. The "
            "final chunk is appended after the loop."
        ),
        "solution": '''def split_when(items: list, should_split) -> list[list]:
    if not items:
        return []
    chunks = [[items[0]]]
    for previous, current in zip(items, items[1:]):
        if should_split(previous, current):
            chunks.append([current])
        else:
            chunks[-1].append(current)
    return chunks
''',
        "tests": [
            "assert split_when([1, 2, 4, 5, 7], lambda a, b: b != a + 1) == [[1, 2], [4, 5], [7]]",
            "assert split_when([], lambda a, b: True) == []",
            "assert split_when([3], lambda a, b: True) == [[3]]",
            "assert split_when([1, 3, 2, 4], lambda a, b: b < a) == [[1, 3], [2, 4]]",
        ],
        "poor_style": '''def split_when(items, should_split):
    result = []
    start = 0
    for i in range(1, len(items) + 1):
        cut = False
        if i == len(items):
            cut = True
        elif should_split(items[i - 1], items[i]) == True:
            cut = True
        if cut:
            piece = []
            for j in range(start, i):
                piece.append(items[j])
            result.append(piece)
            start = i
    return result
''',
        "partly_wrong": '''def split_when(items, should_split):
    chunks = []
    current = []
    for i, item in enumerate(items):
        if i > 0 and should_split(items[i - 1], item):
            chunks.append(current)
            current = []
        current.append(item)
    return chunks
''',
    },
    {
        "id": "en_flat_map",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `flat_map(function, items)` that applies "
            "`function` to every element of `items` (each call returns an iterable) "
            "and returns a single list with all the produced elements concatenated "
            "in order."
        ),
        "entry_point": "flat_map",
        "explanation": (
            "`itertools.chain.from_iterable` concatenates the iterables produced by "
            "`map` lazily, so no intermediate lists are built."
        ),
        "solution": '''from itertools import chain


def flat_map(function, items) -> list:
    return list(chain.from_iterable(map(function, items)))
''',
        "tests": [
            "assert flat_map(lambda x: [x, x], [1, 2]) == [1, 1, 2, 2]",
            "assert flat_map(lambda x: [], [1, 2]) == []",
            "assert flat_map(str.split, ['a b', 'c']) == ['a', 'b', 'c']",
            "assert flat_map(range, []) == []",
            "assert flat_map(range, [3, 1]) == [0, 1, 2, 0]",
        ],
        "poor_style": '''def flat_map(function, items):
    out = []
    for x in items:
        r = function(x)
        tmp = []
        for y in r:
            tmp.append(y)
        out = out + tmp
    return out
''',
        "partly_wrong": '''def flat_map(function, items):
    result = []
    for item in items:
        result.append(function(item))
    return result
''',
    },
    # ------------------------------------------------------------------
    # Bit manipulation
    # ------------------------------------------------------------------
    {
        "id": "en_sort_by_bit_count",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `sort_by_bit_count(nums)` that returns the "
            "non-negative integers of `nums` sorted by how many 1 bits their binary "
            "representation has (fewest first); numbers with the same count are "
            "ordered by value."
        ),
        "entry_point": "sort_by_bit_count",
        "explanation": (
            "Sort with the tuple key (number of set bits, value); `int.bit_count()` "
            "gives the first part directly and the second part breaks ties."
        ),
        "solution": '''def sort_by_bit_count(nums: list[int]) -> list[int]:
    return sorted(nums, key=lambda n: (n.bit_count(), n))
''',
        "tests": [
            "assert sort_by_bit_count([0, 1, 2, 3, 4, 5, 6, 7, 8]) == [0, 1, 2, 4, 8, 3, 5, 6, 7]",
            "assert sort_by_bit_count([]) == []",
            "assert sort_by_bit_count([7, 3, 1]) == [1, 3, 7]",
            "assert sort_by_bit_count([10, 100, 5]) == [5, 10, 100]",
            "assert sort_by_bit_count([1024, 3]) == [1024, 3]",
        ],
        "poor_style": '''def sort_by_bit_count(nums):
    def ones(n):
        c = 0
        while n > 0:
            if n % 2 == 1:
                c = c + 1
            n = n // 2
        return c
    arr = list(nums)
    for i in range(len(arr)):
        for j in range(len(arr) - 1):
            a = arr[j]
            b = arr[j + 1]
            if ones(a) > ones(b) or (ones(a) == ones(b) and a > b):
                arr[j] = b
                arr[j + 1] = a
    return arr
''',
        "partly_wrong": '''def sort_by_bit_count(nums):
    return sorted(nums, key=lambda n: bin(n).count("1"))
''',
    },
    {
        "id": "en_lowest_set_bit",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `lowest_set_bit(n)` that returns the value of the "
            "lowest 1 bit of the non-negative integer `n` (for example 12 = 0b1100 "
            "gives 4), or 0 when `n` is 0. Use a constant-time bit trick."
        ),
        "entry_point": "lowest_set_bit",
        "explanation": (
            "In two's complement, -n flips every bit above the lowest set bit, so "
            "`n & -n` keeps exactly that bit; Python's unbounded ints behave the same way."
        ),
        "solution": '''def lowest_set_bit(n: int) -> int:
    return n & -n
''',
        "tests": [
            "assert lowest_set_bit(12) == 4",
            "assert lowest_set_bit(0) == 0",
            "assert lowest_set_bit(7) == 1",
            "assert lowest_set_bit(64) == 64",
            "assert lowest_set_bit(40) == 8",
        ],
        "poor_style": '''def lowest_set_bit(n):
    if n == 0:
        return 0
    p = 1
    while True:
        if n % (p * 2) != 0:
            return p
        p = p * 2
''',
        "partly_wrong": '''def lowest_set_bit(n):
    return n & (n - 1)
''',
    },
    {
        "id": "en_single_number",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `single_number(nums)` that takes a non-empty list "
            "of integers in which every value appears exactly twice except one value "
            "that appears once, and returns that value. Use O(1) extra memory."
        ),
        "entry_point": "single_number",
        "explanation": (
            "XOR is associative and x ^ x == 0, so XOR-ing all values cancels every "
            "pair and leaves the lone value, in O(n) time and O(1) space."
        ),
        "solution": '''from functools import reduce
from operator import xor


def single_number(nums: list[int]) -> int:
    return reduce(xor, nums, 0)
''',
        "tests": [
            "assert single_number([2, 2, 1]) == 1",
            "assert single_number([4, 1, 2, 1, 2]) == 4",
            "assert single_number([7]) == 7",
            "assert single_number([-3, 5, 5]) == -3",
        ],
        "poor_style": '''def single_number(nums):
    for i in range(len(nums)):
        cnt = 0
        for j in range(len(nums)):
            if nums[i] == nums[j]:
                cnt = cnt + 1
        if cnt == 1:
            return nums[i]
''',
        "partly_wrong": '''def single_number(nums):
    nums = sorted(nums)
    for i in range(0, len(nums), 2):
        if nums[i] != nums[i + 1]:
            return nums[i]
''',
    },
    {
        "id": "en_reverse_bits_32",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `reverse_bits_32(n)` that treats `n` "
            "(0 <= n < 2**32) as a 32-bit unsigned integer, reverses the order of its "
            "32 bits and returns the resulting integer. For example 1 becomes 2**31."
        ),
        "entry_point": "reverse_bits_32",
        "explanation": (
            "Shift the lowest bit of n into the result 32 times; shifting a fixed "
            "number of times is what makes leading zeros count as part of the width."
        ),
        "solution": '''def reverse_bits_32(n: int) -> int:
    result = 0
    for _ in range(32):
        result = (result << 1) | (n & 1)
        n >>= 1
    return result
''',
        "tests": [
            "assert reverse_bits_32(1) == 2147483648",
            "assert reverse_bits_32(0) == 0",
            "assert reverse_bits_32(2147483648) == 1",
            "assert reverse_bits_32(43261596) == 964176192",
            "assert reverse_bits_32(4294967295) == 4294967295",
        ],
        "poor_style": '''def reverse_bits_32(n):
    bits = []
    for i in range(32):
        if n % 2 == 1:
            bits.append("1")
        else:
            bits.append("0")
        n = n // 2
    s = ""
    for b in bits:
        s = s + b
    total = 0
    for i in range(len(s)):
        if s[i] == "1":
            total = total + 2 ** (31 - i)
    return total
''',
        "partly_wrong": '''def reverse_bits_32(n):
    return int(bin(n)[2:][::-1], 2)
''',
    },
    {
        "id": "en_hamming_distance",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `hamming_distance(a, b)` that returns the number "
            "of bit positions in which the non-negative integers `a` and `b` differ."
        ),
        "entry_point": "hamming_distance",
        "explanation": (
            "`a ^ b` has a 1 exactly where the bits differ, so its population count "
            "is the Hamming distance."
        ),
        "solution": '''def hamming_distance(a: int, b: int) -> int:
    return (a ^ b).bit_count()
''',
        "tests": [
            "assert hamming_distance(1, 4) == 2",
            "assert hamming_distance(3, 1) == 1",
            "assert hamming_distance(7, 7) == 0",
            "assert hamming_distance(0, 255) == 8",
        ],
        "poor_style": '''def hamming_distance(a, b):
    d = 0
    while a > 0 or b > 0:
        if a % 2 != b % 2:
            d = d + 1
        a = a // 2
        b = b // 2
    return d
''',
        "partly_wrong": '''def hamming_distance(a, b):
    return sum(1 for x, y in zip(bin(a), bin(b)) if x != y)
''',
    },
    {
        "id": "en_bit_counts_up_to",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `bit_counts_up_to(n)` that returns a list of "
            "length n + 1 whose i-th entry is the number of 1 bits in i, for every i "
            "from 0 to n. Compute it in O(n) total by reusing earlier entries."
        ),
        "entry_point": "bit_counts_up_to",
        "explanation": (
            "i has the same bits as i >> 1 plus its lowest bit, so each entry is the "
            "already computed count of i >> 1 plus i & 1."
        ),
        "solution": '''def bit_counts_up_to(n: int) -> list[int]:
    counts = [0] * (n + 1)
    for i in range(1, n + 1):
        counts[i] = counts[i >> 1] + (i & 1)
    return counts
''',
        "tests": [
            "assert bit_counts_up_to(0) == [0]",
            "assert bit_counts_up_to(1) == [0, 1]",
            "assert bit_counts_up_to(5) == [0, 1, 1, 2, 1, 2]",
            "assert bit_counts_up_to(8) == [0, 1, 1, 2, 1, 2, 2, 3, 1]",
        ],
        "poor_style": '''def bit_counts_up_to(n):
    res = []
    for i in range(n + 1):
        c = 0
        for ch in bin(i):
            if ch == "1":
                c += 1
        res.append(c)
    return res
''',
        "partly_wrong": '''def bit_counts_up_to(n):
    counts = [0] * (n + 1)
    for i in range(1, n + 1):
        counts[i] = counts[i >> 1] + 1
    return counts
''',
    },
    {
        "id": "en_duplicate_and_missing",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `duplicate_and_missing(nums)` for a list of length "
            "n that should contain each number from 1 to n exactly once, except that "
            "one number appears twice and, as a result, another is missing. Return "
            "`[duplicate, missing]`. Use XOR tricks so the extra memory is O(1)."
        ),
        "entry_point": "duplicate_and_missing",
        "explanation": (
            "XOR-ing the list with 1..n leaves duplicate ^ missing; its lowest set bit "
            "splits all values into two groups that isolate the two numbers, and one "
            "membership check tells which of them is the duplicate."
        ),
        "solution": '''from functools import reduce
from itertools import chain
from operator import xor


def duplicate_and_missing(nums: list[int]) -> list[int]:
    everything = list(chain(nums, range(1, len(nums) + 1)))
    mixed = reduce(xor, everything, 0)
    lowest_bit = mixed & -mixed
    first = 0
    for value in everything:
        if value & lowest_bit:
            first ^= value
    second = mixed ^ first
    return [first, second] if first in nums else [second, first]
''',
        "tests": [
            "assert duplicate_and_missing([1, 2, 2, 4]) == [2, 3]",
            "assert duplicate_and_missing([1, 1]) == [1, 2]",
            "assert duplicate_and_missing([3, 1, 3]) == [3, 2]",
            "assert duplicate_and_missing([2, 2]) == [2, 1]",
            "assert duplicate_and_missing([1, 5, 3, 2, 2]) == [2, 4]",
        ],
        "poor_style": '''def duplicate_and_missing(nums):
    dup = None
    miss = None
    for v in range(1, len(nums) + 1):
        c = 0
        for x in nums:
            if x == v:
                c = c + 1
        if c == 2:
            dup = v
        if c == 0:
            miss = v
    return [dup, miss]
''',
        "partly_wrong": '''def duplicate_and_missing(nums):
    mixed = 0
    for i, value in enumerate(nums, start=1):
        mixed ^= i ^ value
    lowest_bit = mixed & -mixed
    first = 0
    for i, value in enumerate(nums, start=1):
        if value & lowest_bit:
            first ^= value
        if i & lowest_bit:
            first ^= i
    return [first, mixed ^ first]
''',
    },
    {
        "id": "en_update_bit",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `update_bit(n, index, value)` that returns `n` "
            "with the bit at position `index` (0 = least significant) set to `value`, "
            "which is 0 or 1. Other bits are unchanged; `n` is non-negative."
        ),
        "entry_point": "update_bit",
        "explanation": (
            "Clear the target bit with `n & ~(1 << index)`, then OR in `value << index`; "
            "this works whatever the bit was before."
        ),
        "solution": '''def update_bit(n: int, index: int, value: int) -> int:
    return (n & ~(1 << index)) | (value << index)
''',
        "tests": [
            "assert update_bit(5, 1, 1) == 7",
            "assert update_bit(5, 0, 0) == 4",
            "assert update_bit(5, 1, 0) == 5",
            "assert update_bit(0, 3, 1) == 8",
            "assert update_bit(8, 3, 0) == 0",
        ],
        "poor_style": '''def update_bit(n, index, value):
    bits = list(bin(n)[2:].zfill(index + 1))
    pos = len(bits) - 1 - index
    if value == 1:
        bits[pos] = "1"
    else:
        bits[pos] = "0"
    s = ""
    for b in bits:
        s = s + b
    return int(s, 2)
''',
        "partly_wrong": '''def update_bit(n, index, value):
    if value == 1:
        return n | (1 << index)
    return n ^ (1 << index)
''',
    },
    {
        "id": "en_gray_code",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `gray_code(n)` that returns the standard n-bit "
            "reflected Gray code sequence as a list of 2**n integers starting at 0, in "
            "which consecutive values differ in exactly one bit. `gray_code(0)` is `[0]`."
        ),
        "entry_point": "gray_code",
        "explanation": (
            "The i-th reflected Gray code is `i ^ (i >> 1)`, so the sequence is one "
            "list comprehension over range(2**n)."
        ),
        "solution": '''def gray_code(n: int) -> list[int]:
    return [i ^ (i >> 1) for i in range(1 << n)]
''',
        "tests": [
            "assert gray_code(0) == [0]",
            "assert gray_code(1) == [0, 1]",
            "assert gray_code(2) == [0, 1, 3, 2]",
            "assert gray_code(3) == [0, 1, 3, 2, 6, 7, 5, 4]",
        ],
        "poor_style": '''def gray_code(n):
    codes = ["0"]
    if n == 0:
        return [0]
    codes = ["0", "1"]
    for k in range(1, n):
        left = []
        right = []
        for c in codes:
            left.append("0" + c)
        for c in reversed(codes):
            right.append("1" + c)
        codes = left + right
    out = []
    for c in codes:
        out.append(int(c, 2))
    return out
''',
        "partly_wrong": '''def gray_code(n):
    if n == 0:
        return []
    codes = [0, 1]
    for bit in range(1, n):
        codes = codes + [c | (1 << bit) for c in reversed(codes)]
    return codes
''',
    },
    {
        "id": "en_is_power_of_four",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `is_power_of_four(n)` that returns True if the "
            "integer `n` equals 4**k for some integer k >= 0 (so 1 counts), otherwise "
            "False. Avoid loops: use bit operations."
        ),
        "entry_point": "is_power_of_four",
        "explanation": (
            "n must be a positive power of two, and its single set bit must sit at an "
            "even position, which `(n.bit_length() - 1) % 2 == 0` checks."
        ),
        "solution": '''def is_power_of_four(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0 and (n.bit_length() - 1) % 2 == 0
''',
        "tests": [
            "assert is_power_of_four(1) == True",
            "assert is_power_of_four(16) == True",
            "assert is_power_of_four(8) == False",
            "assert is_power_of_four(0) == False",
            "assert is_power_of_four(64) == True",
            "assert is_power_of_four(2) == False",
        ],
        "poor_style": '''def is_power_of_four(n):
    if n < 1:
        return False
    p = 1
    ok = False
    while p <= n:
        if p == n:
            ok = True
        p = p * 4
    return ok
''',
        "partly_wrong": '''def is_power_of_four(n):
    return n > 0 and n & (n - 1) == 0 and n % 4 == 0
''',
    },
    {
        "id": "en_subset_sums",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `subset_sums(nums)` that returns a list of length "
            "2**len(nums) whose entry at index `mask` is the sum of the elements "
            "`nums[i]` for which bit `i` of `mask` is set. For example `[1, 2]` gives "
            "`[0, 1, 2, 3]` and `[]` gives `[0]`."
        ),
        "entry_point": "subset_sums",
        "explanation": (
            "Build the table by doubling: after handling nums[0..i-1] the list covers "
            "masks below 2**i, and appending each existing sum plus nums[i] fills the "
            "masks that have bit i set. Total work is O(2**n)."
        ),
        "solution": '''def subset_sums(nums: list[int]) -> list[int]:
    sums = [0]
    for value in nums:
        sums += [total + value for total in sums]
    return sums
''',
        "tests": [
            "assert subset_sums([]) == [0]",
            "assert subset_sums([1, 2]) == [0, 1, 2, 3]",
            "assert subset_sums([1, 2, 4]) == [0, 1, 2, 3, 4, 5, 6, 7]",
            "assert subset_sums([5, -1]) == [0, 5, -1, 4]",
            "assert subset_sums([3]) == [0, 3]",
        ],
        "poor_style": '''def subset_sums(nums):
    n = len(nums)
    out = []
    for mask in range(2 ** n):
        s = 0
        for i in range(n):
            bits = bin(mask)[2:]
            bits = "0" * (n - len(bits)) + bits
            if bits[n - 1 - i] == "1":
                s = s + nums[i]
        out.append(s)
    return out
''',
        "partly_wrong": '''def subset_sums(nums):
    n = len(nums)
    return [sum(nums[n - 1 - i] for i in range(n) if mask >> i & 1) for mask in range(1 << n)]
''',
    },
    {
        "id": "en_two_single_numbers",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `two_single_numbers(nums)` for a list in which "
            "every integer appears exactly twice except two distinct integers that "
            "appear once. Return those two as a sorted list `[smaller, larger]`, using "
            "O(1) extra memory."
        ),
        "entry_point": "two_single_numbers",
        "explanation": (
            "XOR of everything equals a ^ b, which is non-zero; its lowest set bit "
            "(`x & -x`) differs between a and b, so splitting the numbers by that bit "
            "and XOR-ing each group isolates them."
        ),
        "solution": '''from functools import reduce
from operator import xor


def two_single_numbers(nums: list[int]) -> list[int]:
    combined = reduce(xor, nums, 0)
    lowest_bit = combined & -combined
    first = 0
    for value in nums:
        if value & lowest_bit:
            first ^= value
    return sorted([first, combined ^ first])
''',
        "tests": [
            "assert two_single_numbers([1, 2, 1, 3, 2, 5]) == [3, 5]",
            "assert two_single_numbers([4, 1]) == [1, 4]",
            "assert two_single_numbers([0, 7, 7, 9]) == [0, 9]",
            "assert two_single_numbers([-2, 3, 3, 5]) == [-2, 5]",
        ],
        "poor_style": '''def two_single_numbers(nums):
    singles = []
    for x in nums:
        if nums.count(x) == 1:
            singles.append(x)
    singles.sort()
    return singles
''',
        "partly_wrong": '''def two_single_numbers(nums):
    odd = 0
    even = 0
    for value in nums:
        if value & 1:
            odd ^= value
        else:
            even ^= value
    return sorted([odd, even])
''',
    },
    {
        "id": "en_binary_gap",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `binary_gap(n)` that returns the length of the "
            "longest run of consecutive 0 bits that is bounded by 1 bits on both sides "
            "in the binary form of the non-negative integer `n`; return 0 if there is "
            "none. Trailing zeros do not count, e.g. 32 (100000) gives 0."
        ),
        "entry_point": "binary_gap",
        "explanation": (
            "Strip zeros from both ends of the binary string so only bounded runs "
            "remain, then split on '1' and take the longest piece."
        ),
        "solution": '''def binary_gap(n: int) -> int:
    return max(len(run) for run in bin(n)[2:].strip("0").split("1"))
''',
        "tests": [
            "assert binary_gap(9) == 2",
            "assert binary_gap(529) == 4",
            "assert binary_gap(20) == 1",
            "assert binary_gap(15) == 0",
            "assert binary_gap(32) == 0",
        ],
        "poor_style": '''def binary_gap(n):
    positions = []
    i = 0
    while n > 0:
        if n % 2 == 1:
            positions.append(i)
        n = n // 2
        i = i + 1
    best = 0
    for k in range(1, len(positions)):
        gap = positions[k] - positions[k - 1] - 1
        if gap > best:
            best = gap
    return best
''',
        "partly_wrong": '''def binary_gap(n):
    return max(len(run) for run in bin(n)[2:].split("1"))
''',
    },
    {
        "id": "en_flip_bits",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `flip_bits(n)` that returns the integer obtained "
            "by inverting every bit of the non-negative integer `n` within its binary "
            "length (no leading zeros), e.g. 5 (101) gives 2 (010). Zero is treated "
            "as the single bit 0, so `flip_bits(0)` is 1."
        ),
        "entry_point": "flip_bits",
        "explanation": (
            "Build a mask of ones as wide as n (at least one bit, for zero) and XOR "
            "with it to flip exactly those bits."
        ),
        "solution": '''def flip_bits(n: int) -> int:
    mask = (1 << max(1, n.bit_length())) - 1
    return n ^ mask
''',
        "tests": [
            "assert flip_bits(5) == 2",
            "assert flip_bits(0) == 1",
            "assert flip_bits(1) == 0",
            "assert flip_bits(10) == 5",
            "assert flip_bits(255) == 0",
        ],
        "poor_style": '''def flip_bits(n):
    s = bin(n)[2:]
    t = ""
    for c in s:
        if c == "0":
            t = t + "1"
        elif c == "1":
            t = t + "0"
    return int(t, 2)
''',
        "partly_wrong": '''def flip_bits(n):
    return ~n & ((1 << n.bit_length()) - 1)
''',
    },
    {
        "id": "en_add_without_plus",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `add_without_plus(a, b)` that returns the sum of "
            "two non-negative integers without using the `+` or `-` operators or "
            "`sum`: use bitwise operations only."
        ),
        "entry_point": "add_without_plus",
        "explanation": (
            "XOR adds without carrying and `(a & b) << 1` gives the carries; repeat "
            "with the partial sum and the carries until no carry remains."
        ),
        "solution": '''def add_without_plus(a: int, b: int) -> int:
    while b:
        a, b = a ^ b, (a & b) << 1
    return a
''',
        "tests": [
            "assert add_without_plus(1, 2) == 3",
            "assert add_without_plus(5, 3) == 8",
            "assert add_without_plus(0, 0) == 0",
            "assert add_without_plus(15, 1) == 16",
            "assert add_without_plus(123, 456) == 579",
        ],
        "poor_style": '''def add_without_plus(a, b):
    result = 0
    carry = 0
    mask = 1
    while a > 0 or b > 0 or carry > 0:
        x = a & 1
        y = b & 1
        s = x ^ y ^ carry
        if (x & y) or (x & carry) or (y & carry):
            carry = 1
        else:
            carry = 0
        if s == 1:
            result = result | mask
        a = a >> 1
        b = b >> 1
        mask = mask << 1
    return result
''',
        "partly_wrong": '''def add_without_plus(a, b):
    return a ^ b
''',
    },
    {
        "id": "en_next_power_of_two",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `next_power_of_two(n)` that returns the smallest "
            "power of two that is greater than or equal to the positive integer `n`, "
            "e.g. 5 gives 8 and 8 gives 8."
        ),
        "entry_point": "next_power_of_two",
        "explanation": (
            "The bit length of n - 1 is the exponent needed: shifting 1 left by it "
            "gives the next power of two, and exact powers map to themselves."
        ),
        "solution": '''def next_power_of_two(n: int) -> int:
    return 1 << (n - 1).bit_length()
''',
        "tests": [
            "assert next_power_of_two(1) == 1",
            "assert next_power_of_two(5) == 8",
            "assert next_power_of_two(8) == 8",
            "assert next_power_of_two(17) == 32",
        ],
        "poor_style": '''def next_power_of_two(n):
    p = 1
    while True:
        if p >= n:
            break
        else:
            p = p * 2
    return p
''',
        "partly_wrong": '''def next_power_of_two(n):
    return 1 << n.bit_length()
''',
    },
    # ------------------------------------------------------------------
    # Graphs (adjacency dicts)
    # ------------------------------------------------------------------
    {
        "id": "en_bfs_shortest_path",
        "category": "graphs",
        "prompt": (
            "Write a Python function `bfs_shortest_path(graph, start, goal)` for a "
            "directed, unweighted graph given as a dict mapping each node to a list of "
            "its successors (a node missing from the dict has no outgoing edges). "
            "Return a shortest path from `start` to `goal` as a list of nodes, or None "
            "if `goal` is unreachable. When several shortest paths exist, return the "
            "one breadth-first search finds when it visits successors in list order. "
            "A path from a node to itself is `[start]`."
        ),
        "entry_point": "bfs_shortest_path",
        "explanation": (
            "Breadth-first search reaches every node first along a shortest path; "
            "record each node's parent when it is discovered and walk the parents back "
            "from the goal to rebuild the path."
        ),
        "solution": '''from collections import deque


def bfs_shortest_path(graph: dict, start, goal) -> list | None:
    parents = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            path = []
            while node is not None:
                path.append(node)
                node = parents[node]
            return path[::-1]
        for neighbour in graph.get(node, []):
            if neighbour not in parents:
                parents[neighbour] = node
                queue.append(neighbour)
    return None
''',
        "tests": [
            "assert bfs_shortest_path({'a': ['b', 'c'], 'b': ['d'], 'c': ['d'], 'd': []}, 'a', 'd') == ['a', 'b', 'd']",
            "assert bfs_shortest_path({'a': ['b'], 'b': []}, 'b', 'a') == None",
            "assert bfs_shortest_path({'a': []}, 'a', 'a') == ['a']",
            "assert bfs_shortest_path({'a': ['b', 'e'], 'b': ['c'], 'c': ['d'], 'e': ['d']}, 'a', 'd') == ['a', 'e', 'd']",
        ],
        "poor_style": '''def bfs_shortest_path(graph, start, goal):
    paths = [[start]]
    visited = [start]
    while len(paths) > 0:
        p = paths[0]
        paths = paths[1:]
        last = p[len(p) - 1]
        if last == goal:
            return p
        nbrs = []
        if last in graph.keys():
            nbrs = graph[last]
        for n in nbrs:
            if n not in visited:
                visited.append(n)
                paths.append(p + [n])
    return None
''',
        "partly_wrong": '''def bfs_shortest_path(graph, start, goal):
    visited = set()

    def dfs(node, path):
        if node == goal:
            return path
        visited.add(node)
        for neighbour in graph.get(node, []):
            if neighbour not in visited:
                found = dfs(neighbour, path + [neighbour])
                if found:
                    return found
        return None

    return dfs(start, [start])
''',
    },
    {
        "id": "en_shortest_distance",
        "category": "graphs",
        "prompt": (
            "Write a Python function `shortest_distance(edges, start, goal)` where "
            "`edges` is a list of undirected edges `[u, v]`. Return the minimum number "
            "of edges on a path from `start` to `goal`, 0 if they are the same node, "
            "or -1 if `goal` cannot be reached."
        ),
        "entry_point": "shortest_distance",
        "explanation": (
            "Build an adjacency dict with both directions of every edge, then run a "
            "breadth-first search that records the distance of each discovered node."
        ),
        "solution": '''from collections import defaultdict, deque


def shortest_distance(edges: list[list], start, goal) -> int:
    adjacency = defaultdict(list)
    for u, v in edges:
        adjacency[u].append(v)
        adjacency[v].append(u)
    distance = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            return distance[node]
        for neighbour in adjacency[node]:
            if neighbour not in distance:
                distance[neighbour] = distance[node] + 1
                queue.append(neighbour)
    return -1
''',
        "tests": [
            "assert shortest_distance([[1, 2], [2, 3], [3, 4]], 1, 4) == 3",
            "assert shortest_distance([[1, 2], [3, 4]], 1, 4) == -1",
            "assert shortest_distance([], 5, 5) == 0",
            "assert shortest_distance([[2, 1], [3, 2]], 1, 3) == 2",
            "assert shortest_distance([[1, 2], [2, 3], [1, 3]], 1, 3) == 1",
        ],
        "poor_style": '''def shortest_distance(edges, start, goal):
    if start == goal:
        return 0
    frontier = [start]
    seen = [start]
    d = 0
    while len(frontier) > 0:
        d = d + 1
        nxt = []
        for node in frontier:
            for e in edges:
                other = None
                if e[0] == node:
                    other = e[1]
                elif e[1] == node:
                    other = e[0]
                if other != None and other not in seen:
                    if other == goal:
                        return d
                    seen.append(other)
                    nxt.append(other)
        frontier = nxt
    return -1
''',
        "partly_wrong": '''from collections import defaultdict, deque


def shortest_distance(edges, start, goal):
    adjacency = defaultdict(list)
    for u, v in edges:
        adjacency[u].append(v)
    distance = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            return distance[node]
        for n in adjacency[node]:
            if n not in distance:
                distance[n] = distance[node] + 1
                queue.append(n)
    return -1
''',
    },
    {
        "id": "en_topological_sort",
        "category": "graphs",
        "prompt": (
            "Write a Python function `topological_sort(graph)` for a directed graph "
            "given as a dict in which every node is a key mapping to the list of nodes "
            "it points to (an edge u -> v means u must come before v). Return the "
            "lexicographically smallest topological order as a list (always pick the "
            "smallest available node next), or None if the graph contains a cycle."
        ),
        "entry_point": "topological_sort",
        "explanation": (
            "Kahn's algorithm with a min-heap: repeatedly output the smallest node "
            "with no remaining incoming edges. If fewer nodes than exist are output, "
            "the rest lie on a cycle."
        ),
        "solution": '''import heapq


def topological_sort(graph: dict) -> list | None:
    in_degree = dict.fromkeys(graph, 0)
    for targets in graph.values():
        for target in targets:
            in_degree[target] += 1
    ready = [node for node, degree in in_degree.items() if degree == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        node = heapq.heappop(ready)
        order.append(node)
        for target in graph[node]:
            in_degree[target] -= 1
            if in_degree[target] == 0:
                heapq.heappush(ready, target)
    return order if len(order) == len(graph) else None
''',
        "tests": [
            "assert topological_sort({'a': ['c'], 'b': ['c'], 'c': []}) == ['a', 'b', 'c']",
            "assert topological_sort({'x': ['y'], 'y': ['x']}) == None",
            "assert topological_sort({}) == []",
            "assert topological_sort({3: [1], 2: [1], 1: []}) == [2, 3, 1]",
            "assert topological_sort({'a': ['b'], 'b': ['c'], 'c': ['a'], 'd': []}) == None",
        ],
        "poor_style": '''def topological_sort(graph):
    remaining = list(graph.keys())
    order = []
    while len(remaining) > 0:
        candidates = []
        for n in remaining:
            has_incoming = False
            for m in remaining:
                if n in graph[m]:
                    has_incoming = True
            if has_incoming == False:
                candidates.append(n)
        if len(candidates) == 0:
            return None
        candidates.sort()
        order.append(candidates[0])
        remaining.remove(candidates[0])
    return order
''',
        "partly_wrong": '''import heapq


def topological_sort(graph):
    in_degree = {node: 0 for node in graph}
    for targets in graph.values():
        for target in targets:
            in_degree[target] += 1
    ready = [node for node, degree in in_degree.items() if degree == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        node = heapq.heappop(ready)
        order.append(node)
        for target in graph[node]:
            in_degree[target] -= 1
            if in_degree[target] == 0:
                heapq.heappush(ready, target)
    return order
''',
    },
    {
        "id": "en_connected_components",
        "category": "graphs",
        "prompt": (
            "Write a Python function `connected_components(graph)` for an undirected "
            "graph given as a symmetric adjacency dict (every node is a key; if v is in "
            "graph[u] then u is in graph[v]). Return the connected components as a list "
            "of sorted node lists, ordered by their smallest node."
        ),
        "entry_point": "connected_components",
        "explanation": (
            "Start a depth-first search from every node not yet seen; each search "
            "collects one whole component. Sorting inside and across components makes "
            "the output deterministic."
        ),
        "solution": '''def connected_components(graph: dict) -> list[list]:
    seen = set()
    components = []
    for root in graph:
        if root in seen:
            continue
        seen.add(root)
        stack = [root]
        component = []
        while stack:
            node = stack.pop()
            component.append(node)
            for neighbour in graph[node]:
                if neighbour not in seen:
                    seen.add(neighbour)
                    stack.append(neighbour)
        components.append(sorted(component))
    return sorted(components, key=lambda comp: comp[0])
''',
        "tests": [
            "assert connected_components({1: [2], 2: [1, 3], 3: [2], 4: []}) == [[1, 2, 3], [4]]",
            "assert connected_components({}) == []",
            "assert connected_components({'b': ['a'], 'a': ['b'], 'c': []}) == [['a', 'b'], ['c']]",
            "assert connected_components({1: [2], 2: [1], 3: [4], 4: [3], 0: []}) == [[0], [1, 2], [3, 4]]",
        ],
        "poor_style": '''def connected_components(graph):
    label = {}
    for n in graph:
        label[n] = n
    changed = True
    while changed:
        changed = False
        for n in graph:
            for m in graph[n]:
                if label[m] != label[n]:
                    low = min(label[m], label[n])
                    if label[m] != low or label[n] != low:
                        label[m] = low
                        label[n] = low
                        changed = True
    groups = {}
    for n in graph:
        if label[n] not in groups:
            groups[label[n]] = []
        groups[label[n]].append(n)
    result = []
    for k in groups:
        result.append(sorted(groups[k]))
    result.sort()
    return result
''',
        "partly_wrong": '''def connected_components(graph):
    seen = set()
    components = []
    for node in graph:
        if node in seen:
            continue
        component = {node, *graph[node]}
        seen |= component
        components.append(sorted(component))
    return sorted(components)
''',
    },
    {
        "id": "en_has_cycle_directed",
        "category": "graphs",
        "prompt": (
            "Write a Python function `has_cycle_directed(graph)` that returns True if "
            "the directed graph, given as a dict from node to list of successors "
            "(nodes absent from the dict have no successors), contains a cycle, "
            "including a self-loop; otherwise False. A node reachable along two "
            "different paths is not by itself a cycle."
        ),
        "entry_point": "has_cycle_directed",
        "explanation": (
            "Depth-first search with three states: unvisited, on the current path and "
            "finished. Only an edge back to a node still on the current path closes a "
            "cycle; reaching a finished node is harmless."
        ),
        "solution": '''def has_cycle_directed(graph: dict) -> bool:
    on_path, finished = set(), set()

    def visit(node) -> bool:
        on_path.add(node)
        for neighbour in graph.get(node, []):
            if neighbour in on_path:
                return True
            if neighbour not in finished and visit(neighbour):
                return True
        on_path.discard(node)
        finished.add(node)
        return False

    return any(node not in finished and visit(node) for node in list(graph))
''',
        "tests": [
            "assert has_cycle_directed({'a': ['b'], 'b': ['c'], 'c': ['a']}) == True",
            "assert has_cycle_directed({'a': ['b', 'c'], 'b': ['d'], 'c': ['d'], 'd': []}) == False",
            "assert has_cycle_directed({}) == False",
            "assert has_cycle_directed({'a': ['a']}) == True",
            "assert has_cycle_directed({1: [2], 2: [], 3: [2]}) == False",
        ],
        "poor_style": '''def has_cycle_directed(graph):
    for start in graph:
        stack = []
        for n in graph.get(start, []):
            stack.append(n)
        seen = []
        while len(stack) > 0:
            x = stack.pop()
            if x == start:
                return True
            if x in seen:
                continue
            seen.append(x)
            for y in graph.get(x, []):
                stack.append(y)
    return False
''',
        "partly_wrong": '''def has_cycle_directed(graph):
    visited = set()

    def dfs(node):
        if node in visited:
            return True
        visited.add(node)
        return any(dfs(n) for n in graph.get(node, []))

    return any(dfs(node) for node in list(graph) if node not in visited)
''',
    },
    {
        "id": "en_has_cycle_undirected",
        "category": "graphs",
        "prompt": (
            "Write a Python function `has_cycle_undirected(graph)` for a simple "
            "undirected graph (no self-loops or parallel edges) given as a symmetric "
            "adjacency dict in which every node is a key. Return True if any connected "
            "component contains a cycle, otherwise False."
        ),
        "entry_point": "has_cycle_undirected",
        "explanation": (
            "Search each component while remembering the node we came from; seeing an "
            "already visited neighbour other than that parent means a second route "
            "exists, i.e. a cycle."
        ),
        "solution": '''def has_cycle_undirected(graph: dict) -> bool:
    visited = set()
    for root in graph:
        if root in visited:
            continue
        visited.add(root)
        stack = [(root, None)]
        while stack:
            node, parent = stack.pop()
            for neighbour in graph[node]:
                if neighbour == parent:
                    continue
                if neighbour in visited:
                    return True
                visited.add(neighbour)
                stack.append((neighbour, node))
    return False
''',
        "tests": [
            "assert has_cycle_undirected({1: [2], 2: [1, 3], 3: [2]}) == False",
            "assert has_cycle_undirected({1: [2, 3], 2: [1, 3], 3: [1, 2]}) == True",
            "assert has_cycle_undirected({}) == False",
            "assert has_cycle_undirected({1: [], 2: []}) == False",
            "assert has_cycle_undirected({1: [2], 2: [1], 3: [4, 5], 4: [3, 5], 5: [3, 4]}) == True",
        ],
        "poor_style": '''def has_cycle_undirected(graph):
    edge_count = 0
    for n in graph:
        edge_count = edge_count + len(graph[n])
    edge_count = edge_count // 2
    seen = []
    components = 0
    for n in graph:
        if n not in seen:
            components = components + 1
            todo = [n]
            while len(todo) > 0:
                x = todo.pop()
                if x not in seen:
                    seen.append(x)
                    for y in graph[x]:
                        todo.append(y)
    if edge_count > len(graph) - components:
        return True
    else:
        return False
''',
        "partly_wrong": '''def has_cycle_undirected(graph):
    visited = set()
    for root in graph:
        if root in visited:
            continue
        visited.add(root)
        stack = [root]
        while stack:
            node = stack.pop()
            for n in graph[node]:
                if n in visited:
                    return True
                visited.add(n)
                stack.append(n)
    return False
''',
    },
    {
        "id": "en_reachable_nodes",
        "category": "graphs",
        "prompt": (
            "Write a Python function `reachable_nodes(graph, start)` that returns the "
            "sorted list of all nodes reachable from `start` (including `start` "
            "itself) in a directed graph given as a dict from node to list of "
            "successors. The graph may contain cycles; nodes absent from the dict have "
            "no successors."
        ),
        "entry_point": "reachable_nodes",
        "explanation": (
            "An iterative depth-first search with a visited set explores each node "
            "once, so cycles cannot cause infinite loops or deep recursion."
        ),
        "solution": '''def reachable_nodes(graph: dict, start) -> list:
    visited = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        for neighbour in graph.get(node, []):
            if neighbour not in visited:
                visited.add(neighbour)
                stack.append(neighbour)
    return sorted(visited)
''',
        "tests": [
            "assert reachable_nodes({'a': ['b'], 'b': ['c'], 'c': [], 'd': ['a']}, 'a') == ['a', 'b', 'c']",
            "assert reachable_nodes({'a': ['b'], 'b': ['a']}, 'a') == ['a', 'b']",
            "assert reachable_nodes({}, 'z') == ['z']",
            "assert reachable_nodes({1: [2, 3], 2: [4], 3: [4], 4: []}, 1) == [1, 2, 3, 4]",
        ],
        "poor_style": '''def reachable_nodes(graph, start):
    result = [start]
    grew = True
    while grew:
        grew = False
        for n in list(result):
            if n in graph:
                for m in graph[n]:
                    if m not in result:
                        result.append(m)
                        grew = True
    result.sort()
    return result
''',
        "partly_wrong": '''def reachable_nodes(graph, start):
    result = {start}
    for neighbour in graph.get(start, []):
        result |= set(reachable_nodes(graph, neighbour))
    return sorted(result)
''',
    },
    {
        "id": "en_is_bipartite",
        "category": "graphs",
        "prompt": (
            "Write a Python function `is_bipartite(graph)` for an undirected graph "
            "given as a symmetric adjacency dict (every node is a key). Return True if "
            "the nodes can be coloured with two colours so that every edge joins "
            "different colours. The graph may be disconnected; every component must "
            "be checked."
        ),
        "entry_point": "is_bipartite",
        "explanation": (
            "Breadth-first search from every uncoloured node, giving each neighbour "
            "the opposite colour; an edge between two nodes of the same colour proves "
            "an odd cycle."
        ),
        "solution": '''from collections import deque


def is_bipartite(graph: dict) -> bool:
    colour: dict = {}
    for root in graph:
        if root in colour:
            continue
        colour[root] = 0
        queue = deque([root])
        while queue:
            node = queue.popleft()
            for neighbour in graph[node]:
                if neighbour not in colour:
                    colour[neighbour] = 1 - colour[node]
                    queue.append(neighbour)
                elif colour[neighbour] == colour[node]:
                    return False
    return True
''',
        "tests": [
            "assert is_bipartite({1: [2], 2: [1, 3], 3: [2]}) == True",
            "assert is_bipartite({1: [2, 3], 2: [1, 3], 3: [1, 2]}) == False",
            "assert is_bipartite({}) == True",
            "assert is_bipartite({1: [2], 2: [1], 3: [4, 5], 4: [3, 5], 5: [3, 4]}) == False",
            "assert is_bipartite({1: [], 2: []}) == True",
        ],
        "poor_style": '''def is_bipartite(graph):
    nodes = list(graph.keys())
    n = len(nodes)
    for mask in range(2 ** n):
        ok = True
        for i in range(n):
            for j in range(n):
                if nodes[j] in graph[nodes[i]]:
                    if (mask >> i) & 1 == (mask >> j) & 1:
                        ok = False
        if ok:
            return True
    return False
''',
        "partly_wrong": '''from collections import deque


def is_bipartite(graph):
    if not graph:
        return True
    root = next(iter(graph))
    colour = {root: 0}
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for n in graph[node]:
            if n not in colour:
                colour[n] = 1 - colour[node]
                queue.append(n)
            elif colour[n] == colour[node]:
                return False
    return True
''',
    },
    {
        "id": "en_dijkstra_distances",
        "category": "graphs",
        "prompt": (
            "Write a Python function `dijkstra_distances(graph, start)` for a directed "
            "graph with non-negative edge weights given as a dict of dicts, "
            "`graph[u][v] = weight`. Return a dict mapping every node reachable from "
            "`start` (including `start`, at distance 0) to the length of its shortest "
            "path. Unreachable nodes are omitted."
        ),
        "entry_point": "dijkstra_distances",
        "explanation": (
            "Dijkstra's algorithm with `heapq`: pop the closest unsettled node, skip "
            "stale heap entries, and relax its outgoing edges. This runs in "
            "O((V + E) log V)."
        ),
        "solution": '''import heapq


def dijkstra_distances(graph: dict, start) -> dict:
    distances = {start: 0}
    heap = [(0, start)]
    while heap:
        distance, node = heapq.heappop(heap)
        if distance > distances[node]:
            continue
        for neighbour, weight in graph.get(node, {}).items():
            candidate = distance + weight
            if candidate < distances.get(neighbour, float("inf")):
                distances[neighbour] = candidate
                heapq.heappush(heap, (candidate, neighbour))
    return distances
''',
        "tests": [
            "assert dijkstra_distances({'a': {'b': 1, 'c': 4}, 'b': {'c': 2}, 'c': {}}, 'a') == {'a': 0, 'b': 1, 'c': 3}",
            "assert dijkstra_distances({'a': {}}, 'a') == {'a': 0}",
            "assert dijkstra_distances({'a': {'b': 5}, 'b': {}, 'c': {'a': 1}}, 'a') == {'a': 0, 'b': 5}",
            "assert dijkstra_distances({'s': {'x': 10, 'y': 1}, 'y': {'z': 1}, 'z': {'x': 1}, 'x': {}}, 's') == {'s': 0, 'x': 3, 'y': 1, 'z': 2}",
        ],
        "poor_style": '''def dijkstra_distances(graph, start):
    dist = {start: 0}
    for _ in range(len(graph) + 1):
        for u in list(dist.keys()):
            if u in graph:
                for v in graph[u]:
                    w = graph[u][v]
                    if v not in dist or dist[u] + w < dist[v]:
                        dist[v] = dist[u] + w
    return dist
''',
        "partly_wrong": '''from collections import deque


def dijkstra_distances(graph, start):
    distances = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for neighbour, weight in graph.get(node, {}).items():
            if neighbour not in distances:
                distances[neighbour] = distances[node] + weight
                queue.append(neighbour)
    return distances
''',
    },
    {
        "id": "en_count_islands",
        "category": "graphs",
        "prompt": (
            "Write a Python function `count_islands(grid)` that takes a rectangular "
            "grid as a list of lists of 0s and 1s and returns the number of islands: "
            "groups of 1-cells connected horizontally or vertically (diagonal contact "
            "does not connect). Do not modify the input."
        ),
        "entry_point": "count_islands",
        "explanation": (
            "Treat land cells as graph nodes with edges to their four neighbours; "
            "every flood fill started from an unseen land cell marks one island. A "
            "seen set avoids mutating the grid."
        ),
        "solution": '''def count_islands(grid: list[list[int]]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen: set[tuple[int, int]] = set()
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or (r, c) in seen:
                continue
            islands += 1
            seen.add((r, c))
            stack = [(r, c)]
            while stack:
                row, col = stack.pop()
                for nr, nc in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1)):
                    if (0 <= nr < rows and 0 <= nc < cols
                            and grid[nr][nc] == 1 and (nr, nc) not in seen):
                        seen.add((nr, nc))
                        stack.append((nr, nc))
    return islands
''',
        "tests": [
            "assert count_islands([[1, 1, 0], [0, 1, 0], [0, 0, 1]]) == 2",
            "assert count_islands([]) == 0",
            "assert count_islands([[0, 0], [0, 0]]) == 0",
            "assert count_islands([[1, 0, 1], [0, 1, 0], [1, 0, 1]]) == 5",
            "assert count_islands([[1, 1], [1, 1]]) == 1",
        ],
        "poor_style": '''def count_islands(grid):
    g = []
    for row in grid:
        g.append(list(row))
    count = 0
    for i in range(len(g)):
        for j in range(len(g[i])):
            if g[i][j] == 1:
                count = count + 1
                todo = [[i, j]]
                while len(todo) > 0:
                    cell = todo.pop(0)
                    a = cell[0]
                    b = cell[1]
                    if a < 0 or b < 0 or a >= len(g) or b >= len(g[0]):
                        continue
                    if g[a][b] != 1:
                        continue
                    g[a][b] = 0
                    todo.append([a + 1, b])
                    todo.append([a - 1, b])
                    todo.append([a, b + 1])
                    todo.append([a, b - 1])
    return count
''',
        "partly_wrong": '''def count_islands(grid):
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = set()
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or (r, c) in seen:
                continue
            islands += 1
            stack = [(r, c)]
            seen.add((r, c))
            while stack:
                row, col = stack.pop()
                for dr in (-1, 0, 1):
                    for dc in (-1, 0, 1):
                        nr, nc = row + dr, col + dc
                        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == 1 and (nr, nc) not in seen:
                            seen.add((nr, nc))
                            stack.append((nr, nc))
    return islands
''',
    },
    {
        "id": "en_grid_shortest_path",
        "category": "graphs",
        "prompt": (
            "Write a Python function `grid_shortest_path(grid, start, end)` where "
            "`grid` is a list of equal-length strings with '.' for open cells and '#' "
            "for walls, and `start` and `end` are `(row, col)` tuples. Moving one step "
            "up, down, left or right onto an open cell costs 1. Return the minimum "
            "number of steps from start to end, 0 if they coincide, or -1 if the end "
            "is unreachable or either cell is a wall."
        ),
        "entry_point": "grid_shortest_path",
        "explanation": (
            "The grid is an unweighted graph, so breadth-first search from the start "
            "finds the minimum number of steps; each cell is enqueued at most once."
        ),
        "solution": '''from collections import deque


def grid_shortest_path(grid: list[str], start: tuple[int, int], end: tuple[int, int]) -> int:
    rows, cols = len(grid), len(grid[0])
    if grid[start[0]][start[1]] == "#" or grid[end[0]][end[1]] == "#":
        return -1
    distance = {start: 0}
    queue = deque([start])
    while queue:
        row, col = queue.popleft()
        if (row, col) == end:
            return distance[(row, col)]
        for nr, nc in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1)):
            if (0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "."
                    and (nr, nc) not in distance):
                distance[(nr, nc)] = distance[(row, col)] + 1
                queue.append((nr, nc))
    return -1
''',
        "tests": [
            "assert grid_shortest_path(['...', '.#.', '...'], (0, 0), (2, 2)) == 4",
            "assert grid_shortest_path(['.#.', '.#.', '...'], (0, 0), (0, 2)) == 6",
            "assert grid_shortest_path(['.#', '#.'], (0, 0), (1, 1)) == -1",
            "assert grid_shortest_path(['.'], (0, 0), (0, 0)) == 0",
            "assert grid_shortest_path(['#.'], (0, 0), (0, 1)) == -1",
        ],
        "poor_style": '''def grid_shortest_path(grid, start, end):
    if grid[start[0]][start[1]] == "#" or grid[end[0]][end[1]] == "#":
        return -1
    INF = 10 ** 9
    dist = []
    for r in range(len(grid)):
        dist.append([INF] * len(grid[0]))
    dist[start[0]][start[1]] = 0
    changed = True
    while changed:
        changed = False
        for r in range(len(grid)):
            for c in range(len(grid[0])):
                if grid[r][c] == "#":
                    continue
                for d in [(1, 0), (-1, 0), (0, 1), (0, -1)]:
                    pr = r + d[0]
                    pc = c + d[1]
                    if pr >= 0 and pc >= 0 and pr < len(grid) and pc < len(grid[0]):
                        if dist[pr][pc] + 1 < dist[r][c]:
                            dist[r][c] = dist[pr][pc] + 1
                            changed = True
    if dist[end[0]][end[1]] == INF:
        return -1
    return dist[end[0]][end[1]]
''',
        "partly_wrong": '''from collections import deque


def grid_shortest_path(grid, start, end):
    rows, cols = len(grid), len(grid[0])
    if grid[start[0]][start[1]] == "#" or grid[end[0]][end[1]] == "#":
        return -1
    queue = deque([(start, 1)])
    seen = {start}
    while queue:
        (row, col), steps = queue.popleft()
        if (row, col) == end:
            return steps
        for nr, nc in ((row + 1, col), (row - 1, col), (row, col + 1), (row, col - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "." and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append(((nr, nc), steps + 1))
    return -1
''',
    },
    {
        "id": "en_in_degrees",
        "category": "graphs",
        "prompt": (
            "Write a Python function `in_degrees(graph)` that, for a directed graph "
            "given as a dict from node to list of successors, returns a dict mapping "
            "every node that appears anywhere in the graph (as a key or as a "
            "successor) to its number of incoming edges, including nodes with 0."
        ),
        "entry_point": "in_degrees",
        "explanation": (
            "Initialise every key with 0, then walk all edge lists, incrementing the "
            "target's count and creating entries for targets that are not keys."
        ),
        "solution": '''def in_degrees(graph: dict) -> dict:
    degrees = dict.fromkeys(graph, 0)
    for targets in graph.values():
        for target in targets:
            degrees[target] = degrees.get(target, 0) + 1
    return degrees
''',
        "tests": [
            "assert in_degrees({'a': ['b', 'c'], 'b': ['c'], 'c': []}) == {'a': 0, 'b': 1, 'c': 2}",
            "assert in_degrees({}) == {}",
            "assert in_degrees({'x': ['y'], 'y': ['x']}) == {'x': 1, 'y': 1}",
            "assert in_degrees({1: [2]}) == {1: 0, 2: 1}",
        ],
        "poor_style": '''def in_degrees(graph):
    nodes = []
    for k in graph:
        if k not in nodes:
            nodes.append(k)
        for t in graph[k]:
            if t not in nodes:
                nodes.append(t)
    res = {}
    for n in nodes:
        c = 0
        for k in graph:
            for t in graph[k]:
                if t == n:
                    c = c + 1
        res[n] = c
    return res
''',
        "partly_wrong": '''from collections import Counter


def in_degrees(graph):
    return dict(Counter(t for targets in graph.values() for t in targets))
''',
    },
    {
        "id": "en_reverse_graph",
        "category": "graphs",
        "prompt": (
            "Write a Python function `reverse_graph(graph)` that reverses every edge of "
            "a directed graph given as a dict from node to list of successors. The "
            "result must contain every node that appears in the input (as key or "
            "successor) as a key, with a sorted list of its new successors (possibly "
            "empty)."
        ),
        "entry_point": "reverse_graph",
        "explanation": (
            "Create an empty list for every node first so isolated and source nodes "
            "are kept, add each edge in the opposite direction and sort the lists."
        ),
        "solution": '''def reverse_graph(graph: dict) -> dict:
    reversed_graph: dict = {node: [] for node in graph}
    for source, targets in graph.items():
        for target in targets:
            reversed_graph.setdefault(target, []).append(source)
    return {node: sorted(sources) for node, sources in reversed_graph.items()}
''',
        "tests": [
            "assert reverse_graph({'a': ['b', 'c'], 'b': ['c'], 'c': []}) == {'a': [], 'b': ['a'], 'c': ['a', 'b']}",
            "assert reverse_graph({}) == {}",
            "assert reverse_graph({1: [2]}) == {1: [], 2: [1]}",
            "assert reverse_graph({'x': ['x']}) == {'x': ['x']}",
        ],
        "poor_style": '''def reverse_graph(graph):
    all_nodes = set()
    for k in graph:
        all_nodes.add(k)
        for v in graph[k]:
            all_nodes.add(v)
    out = {}
    for n in all_nodes:
        srcs = []
        for k in graph:
            if n in graph[k]:
                srcs.append(k)
        srcs.sort()
        out[n] = srcs
    return out
''',
        "partly_wrong": '''def reverse_graph(graph):
    result = {}
    for source, targets in graph.items():
        for target in targets:
            result.setdefault(target, []).append(source)
    return {node: sorted(sources) for node, sources in result.items()}
''',
    },
    {
        "id": "en_all_paths_dag",
        "category": "graphs",
        "prompt": (
            "Write a Python function `all_paths_dag(graph, start, goal)` that returns "
            "every path from `start` to `goal` in a directed acyclic graph given as a "
            "dict from node to list of successors. Each path is a list of nodes; "
            "return the paths sorted in ascending order. If `start == goal` the only "
            "path is `[start]`."
        ),
        "entry_point": "all_paths_dag",
        "explanation": (
            "Backtracking depth-first search extends a shared path list and records a "
            "copy whenever the goal is reached; copying is essential because the "
            "shared list keeps changing."
        ),
        "solution": '''def all_paths_dag(graph: dict, start, goal) -> list[list]:
    paths: list[list] = []
    path = [start]

    def extend(node) -> None:
        if node == goal:
            paths.append(list(path))
            return
        for neighbour in graph.get(node, []):
            path.append(neighbour)
            extend(neighbour)
            path.pop()

    extend(start)
    return sorted(paths)
''',
        "tests": [
            "assert all_paths_dag({'a': ['b', 'c'], 'b': ['d'], 'c': ['d'], 'd': []}, 'a', 'd') == [['a', 'b', 'd'], ['a', 'c', 'd']]",
            "assert all_paths_dag({'a': ['b'], 'b': []}, 'b', 'a') == []",
            "assert all_paths_dag({'a': []}, 'a', 'a') == [['a']]",
            "assert all_paths_dag({0: [1, 2, 3], 1: [3], 2: [3], 3: []}, 0, 3) == [[0, 1, 3], [0, 2, 3], [0, 3]]",
        ],
        "poor_style": '''def all_paths_dag(graph, start, goal):
    result = []
    todo = [[start]]
    while len(todo) != 0:
        p = todo.pop()
        last = p[-1]
        if last == goal:
            if p not in result:
                result.append(p)
        else:
            if last in graph:
                for n in graph[last]:
                    newp = []
                    for x in p:
                        newp.append(x)
                    newp.append(n)
                    todo.append(newp)
    result.sort()
    return result
''',
        "partly_wrong": '''def all_paths_dag(graph, start, goal):
    paths = []
    path = []

    def dfs(node):
        path.append(node)
        if node == goal:
            paths.append(path)
        else:
            for n in graph.get(node, []):
                dfs(n)
        path.pop()

    dfs(start)
    return sorted(paths)
''',
    },
    {
        "id": "en_nodes_within_distance",
        "category": "graphs",
        "prompt": (
            "Write a Python function `nodes_within_distance(graph, start, k)` that "
            "returns the sorted list of nodes whose shortest-path distance (number of "
            "edges) from `start` is at most `k`, in a directed graph given as a dict "
            "from node to list of successors. `start` itself (distance 0) is included."
        ),
        "entry_point": "nodes_within_distance",
        "explanation": (
            "Breadth-first search discovers nodes in order of shortest distance, so "
            "stopping expansion at depth k collects exactly the right set. A "
            "depth-first search could reach a node first via a longer path and "
            "wrongly cut it off."
        ),
        "solution": '''from collections import deque


def nodes_within_distance(graph: dict, start, k: int) -> list:
    distance = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if distance[node] == k:
            continue
        for neighbour in graph.get(node, []):
            if neighbour not in distance:
                distance[neighbour] = distance[node] + 1
                queue.append(neighbour)
    return sorted(distance)
''',
        "tests": [
            "assert nodes_within_distance({'a': ['b', 'c'], 'b': ['d'], 'c': [], 'd': ['e'], 'e': []}, 'a', 2) == ['a', 'b', 'c', 'd']",
            "assert nodes_within_distance({'a': ['b']}, 'a', 0) == ['a']",
            "assert nodes_within_distance({'a': ['b', 'c'], 'b': ['c'], 'c': ['d'], 'd': []}, 'a', 2) == ['a', 'b', 'c', 'd']",
            "assert nodes_within_distance({1: [2], 2: [3], 3: [1]}, 1, 5) == [1, 2, 3]",
        ],
        "poor_style": '''def nodes_within_distance(graph, start, k):
    result = [start]
    level = [start]
    step = 0
    while step < k:
        new_level = []
        for n in level:
            for m in graph.get(n, []):
                if m not in result and m not in new_level:
                    new_level.append(m)
        for m in new_level:
            result.append(m)
        level = new_level
        step = step + 1
    return sorted(result)
''',
        "partly_wrong": '''def nodes_within_distance(graph, start, k):
    seen = set()

    def dfs(node, depth):
        if depth > k or node in seen:
            return
        seen.add(node)
        for n in graph.get(node, []):
            dfs(n, depth + 1)

    dfs(start, 0)
    return sorted(seen)
''',
    },
    {
        "id": "en_graph_from_edges",
        "category": "graphs",
        "prompt": (
            "Write a Python function `graph_from_edges(edges, directed=False)` that "
            "builds an adjacency dict from a list of `[u, v]` edges. Every endpoint "
            "becomes a key; each neighbour list is sorted and free of duplicates. For "
            "an undirected graph each edge is added in both directions; for a directed "
            "graph only from u to v."
        ),
        "entry_point": "graph_from_edges",
        "explanation": (
            "Collect neighbours in sets (which removes duplicates), make sure both "
            "endpoints exist as keys, add the reverse edge only when undirected, and "
            "convert each set to a sorted list."
        ),
        "solution": '''def graph_from_edges(edges: list[list], directed: bool = False) -> dict:
    neighbours: dict = {}
    for u, v in edges:
        neighbours.setdefault(u, set()).add(v)
        neighbours.setdefault(v, set())
        if not directed:
            neighbours[v].add(u)
    return {node: sorted(adjacent) for node, adjacent in neighbours.items()}
''',
        "tests": [
            "assert graph_from_edges([[1, 2], [2, 3]]) == {1: [2], 2: [1, 3], 3: [2]}",
            "assert graph_from_edges([[1, 2], [2, 3]], True) == {1: [2], 2: [3], 3: []}",
            "assert graph_from_edges([]) == {}",
            "assert graph_from_edges([['b', 'a'], ['a', 'b']], True) == {'a': ['b'], 'b': ['a']}",
            "assert graph_from_edges([[1, 2], [2, 1]]) == {1: [2], 2: [1]}",
        ],
        "poor_style": '''def graph_from_edges(edges, directed=False):
    g = {}
    for e in edges:
        a = e[0]
        b = e[1]
        if a not in g:
            g[a] = []
        if b not in g:
            g[b] = []
        if b not in g[a]:
            g[a].append(b)
        if directed == False:
            if a not in g[b]:
                g[b].append(a)
    for k in g:
        g[k] = sorted(g[k])
    return g
''',
        "partly_wrong": '''def graph_from_edges(edges, directed=False):
    graph = {}
    for u, v in edges:
        graph.setdefault(u, set()).add(v)
        graph.setdefault(v, set())
    return {node: sorted(adj) for node, adj in graph.items()}
''',
    },
    {
        "id": "en_is_tree",
        "category": "graphs",
        "prompt": (
            "Write a Python function `is_tree(n, edges)` that returns True if the "
            "undirected graph with nodes `0 .. n - 1` (n >= 1) and the given list of "
            "`[u, v]` edges is a tree, i.e. connected and without cycles. Repeated "
            "edges count as a cycle."
        ),
        "entry_point": "is_tree",
        "explanation": (
            "A tree on n nodes has exactly n - 1 edges and no cycle; union-find "
            "detects a cycle when an edge joins two nodes that are already connected, "
            "and together the two conditions imply connectivity."
        ),
        "solution": '''def is_tree(n: int, edges: list[list[int]]) -> bool:
    if len(edges) != n - 1:
        return False
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for u, v in edges:
        root_u, root_v = find(u), find(v)
        if root_u == root_v:
            return False
        parent[root_u] = root_v
    return True
''',
        "tests": [
            "assert is_tree(4, [[0, 1], [0, 2], [0, 3]]) == True",
            "assert is_tree(4, [[0, 1], [1, 2], [2, 0]]) == False",
            "assert is_tree(1, []) == True",
            "assert is_tree(3, [[0, 1]]) == False",
            "assert is_tree(2, [[0, 1], [1, 0]]) == False",
        ],
        "poor_style": '''def is_tree(n, edges):
    adj = {}
    for i in range(n):
        adj[i] = []
    for e in edges:
        adj[e[0]].append(e[1])
        adj[e[1]].append(e[0])
    seen = []
    todo = [0]
    while len(todo) > 0:
        x = todo.pop()
        if x in seen:
            continue
        seen.append(x)
        for y in adj[x]:
            todo.append(y)
    connected = len(seen) == n
    right_count = len(edges) == n - 1
    if connected == True and right_count == True:
        return True
    else:
        return False
''',
        "partly_wrong": '''def is_tree(n, edges):
    return len(edges) == n - 1
''',
    },
    # ------------------------------------------------------------------
    # Second batch (added so that SFT, RM and PPO get disjoint tasks)
    # ------------------------------------------------------------------
    {
        "id": "en_sort_stack",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `sort_stack(stack)` that sorts a stack given as a list "
            "(the top is the end of the list) using only one extra stack and the stack "
            "operations append, pop and peeking at the last element. Return a new list whose "
            "largest element is on top (so the list is ascending); do not modify the input."
        ),
        "entry_point": "sort_stack",
        "explanation": (
            "Pop each item from a copy of the input and insert it into the helper stack, which "
            "is kept ascending from bottom to top: larger items on the helper's top are moved "
            "back to the input until the popped item fits. This is insertion sort with two "
            "stacks, O(n^2) in the worst case."
        ),
        "solution": '''def sort_stack(stack: list[int]) -> list[int]:
    pending = list(stack)
    ordered: list[int] = []
    while pending:
        item = pending.pop()
        while ordered and ordered[-1] > item:
            pending.append(ordered.pop())
        ordered.append(item)
    return ordered
''',
        "tests": [
            "assert sort_stack([3, 1, 4, 1, 5]) == [1, 1, 3, 4, 5]",
            "assert sort_stack([]) == []",
            "assert sort_stack([2, 1]) == [1, 2]",
            "assert sort_stack([1, 2, 3]) == [1, 2, 3]",
            "assert sort_stack([5, 4, 3, 2, 1]) == [1, 2, 3, 4, 5]",
        ],
        "poor_style": '''def sort_stack(stack):
    s = []
    for x in stack:
        s.append(x)
    result = []
    while len(s) > 0:
        biggest = s[0]
        for x in s:
            if x > biggest:
                biggest = x
        s.remove(biggest)
        result.insert(0, biggest)
    return result
''',
        "partly_wrong": '''def sort_stack(stack):
    pending = list(stack)
    ordered = []
    while pending:
        item = pending.pop()
        if ordered and ordered[-1] > item:
            pending.append(ordered.pop())
        ordered.append(item)
    return ordered
''',
    },
    {
        "id": "en_k_smallest",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `k_smallest(nums, k)` that returns the `k` smallest values "
            "of the list `nums` in ascending order, keeping duplicates (for example the two "
            "smallest of [4, 1, 1, 3] are [1, 1]). If `k` is larger than the list, return all "
            "values sorted. Use a heap rather than sorting the whole list."
        ),
        "entry_point": "k_smallest",
        "explanation": (
            "heapq.nsmallest keeps a bounded heap of size k while scanning the list, so it "
            "runs in O(n log k) instead of O(n log n) and returns the values already in "
            "ascending order, duplicates included."
        ),
        "solution": '''import heapq


def k_smallest(nums: list[int], k: int) -> list[int]:
    return heapq.nsmallest(k, nums)
''',
        "tests": [
            "assert k_smallest([4, 1, 1, 3], 2) == [1, 1]",
            "assert k_smallest([5, 2, 8], 5) == [2, 5, 8]",
            "assert k_smallest([], 3) == []",
            "assert k_smallest([9, 7, 8], 0) == []",
            "assert k_smallest([3, 3, 3, 1], 3) == [1, 3, 3]",
        ],
        "poor_style": '''def k_smallest(nums, k):
    rest = list(nums)
    out = []
    while len(out) < k and len(rest) > 0:
        m = rest[0]
        for x in rest:
            if x < m:
                m = x
        out.append(m)
        rest.remove(m)
    return out
''',
        "partly_wrong": '''import heapq


def k_smallest(nums, k):
    return heapq.nsmallest(k, set(nums))
''',
    },
    {
        "id": "en_run_queue_commands",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `run_queue_commands(commands)` that simulates a FIFO "
            "queue. Each command is either \"push X\" (X an integer) or \"pop\". Return the "
            "list of results of the pop commands in order; a pop on an empty queue gives None."
        ),
        "entry_point": "run_queue_commands",
        "explanation": (
            "collections.deque gives O(1) appends on the right and pops on the left, which is "
            "exactly a FIFO queue; a list's pop(0) would be O(n). Each pop result, or None when "
            "the queue is empty, is collected in order."
        ),
        "solution": '''from collections import deque


def run_queue_commands(commands: list[str]) -> list[int | None]:
    queue: deque[int] = deque()
    popped: list[int | None] = []
    for command in commands:
        if command == "pop":
            popped.append(queue.popleft() if queue else None)
        else:
            queue.append(int(command.split()[1]))
    return popped
''',
        "tests": [
            "assert run_queue_commands(['push 1', 'push 2', 'pop', 'push 3', 'pop', 'pop']) == [1, 2, 3]",
            "assert run_queue_commands(['pop']) == [None]",
            "assert run_queue_commands([]) == []",
            "assert run_queue_commands(['push 5', 'pop', 'pop']) == [5, None]",
        ],
        "poor_style": '''def run_queue_commands(commands):
    q = []
    res = []
    for i in range(len(commands)):
        c = commands[i]
        if c[0:4] == "push":
            q = q + [int(c[5:])]
        else:
            if len(q) == 0:
                res.append(None)
            else:
                res.append(q[0])
                q = q[1:]
    return res
''',
        "partly_wrong": '''def run_queue_commands(commands):
    queue = []
    popped = []
    for command in commands:
        if command == "pop":
            popped.append(queue.pop() if queue else None)
        else:
            queue.append(int(command.split()[1]))
    return popped
''',
    },
    {
        "id": "en_recent_hits",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `recent_hits(timestamps, window)` that takes request times "
            "in non-decreasing order and returns, for each request, how many requests (itself "
            "included) happened in the last `window` seconds, that is with time in "
            "(t - window, t]."
        ),
        "entry_point": "recent_hits",
        "explanation": (
            "Keep the times still inside the window in a deque: append the new time, then drop "
            "times from the left while they are at or before t - window. Each time enters and "
            "leaves once, so the whole pass is O(n)."
        ),
        "solution": '''from collections import deque


def recent_hits(timestamps: list[int], window: int) -> list[int]:
    inside: deque[int] = deque()
    counts = []
    for time in timestamps:
        inside.append(time)
        while inside[0] <= time - window:
            inside.popleft()
        counts.append(len(inside))
    return counts
''',
        "tests": [
            "assert recent_hits([1, 100, 3001, 3002], 3000) == [1, 2, 2, 3]",
            "assert recent_hits([], 10) == []",
            "assert recent_hits([5, 5, 5], 1) == [1, 2, 3]",
            "assert recent_hits([1, 2, 3, 10], 5) == [1, 2, 3, 1]",
        ],
        "poor_style": '''def recent_hits(timestamps, window):
    res = []
    for i in range(len(timestamps)):
        c = 0
        for j in range(i + 1):
            if timestamps[j] > timestamps[i] - window:
                c = c + 1
        res.append(c)
    return res
''',
        "partly_wrong": '''from collections import deque


def recent_hits(timestamps, window):
    inside = deque()
    counts = []
    for time in timestamps:
        inside.append(time)
        while inside[0] < time - window:
            inside.popleft()
        counts.append(len(inside))
    return counts
''',
    },
    {
        "id": "en_parse_points",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `parse_points(text)` that extracts integer points written "
            "as \"(x, y)\" from a string such as \"(1, 2); (-3,4) (10 , -20)\" and returns them "
            "as a list of (x, y) tuples in order. Coordinates may be negative, and spaces may "
            "appear anywhere inside the parentheses."
        ),
        "entry_point": "parse_points",
        "explanation": (
            "One regular expression matches a parenthesised pair of optionally signed integers "
            "with optional spaces; findall returns the two captured groups of every match, "
            "which are then converted with int."
        ),
        "solution": '''import re

POINT = re.compile(r"\\(\\s*(-?\\d+)\\s*,\\s*(-?\\d+)\\s*\\)")


def parse_points(text: str) -> list[tuple[int, int]]:
    return [(int(x), int(y)) for x, y in POINT.findall(text)]
''',
        "tests": [
            "assert parse_points('(1, 2); (-3,4) (10 , -20)') == [(1, 2), (-3, 4), (10, -20)]",
            "assert parse_points('') == []",
            "assert parse_points('no points here') == []",
            "assert parse_points('( 7 ,8 )') == [(7, 8)]",
        ],
        "poor_style": '''def parse_points(text):
    points = []
    i = 0
    while i < len(text):
        if text[i] == "(":
            j = text.index(")", i)
            inside = text[i + 1:j]
            parts = inside.split(",")
            points.append((int(parts[0].strip()), int(parts[1].strip())))
            i = j
        i = i + 1
    return points
''',
        "partly_wrong": '''import re


def parse_points(text):
    return [(int(x), int(y)) for x, y in re.findall(r"\\((\\d+),\\s*(\\d+)\\)", text)]
''',
    },
    {
        "id": "en_format_english_list",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `format_english_list(items)` that joins a list of strings "
            "the way English prose does: [] gives \"\", ['a'] gives \"a\", ['a', 'b'] gives "
            "\"a and b\" and ['a', 'b', 'c'] gives \"a, b and c\" (no Oxford comma)."
        ),
        "entry_point": "format_english_list",
        "explanation": (
            "Lists of zero or one item are returned as they are; otherwise every item but the "
            "last is joined with commas and the last is attached with ' and '. Handling the "
            "short cases first keeps the general case a single expression."
        ),
        "solution": '''def format_english_list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
''',
        "tests": [
            "assert format_english_list([]) == ''",
            "assert format_english_list(['a']) == 'a'",
            "assert format_english_list(['a', 'b']) == 'a and b'",
            "assert format_english_list(['tea', 'milk', 'bread']) == 'tea, milk and bread'",
        ],
        "poor_style": '''def format_english_list(items):
    s = ""
    for i in range(len(items)):
        if i == 0:
            s = s + items[i]
        elif i == len(items) - 1:
            s = s + " and " + items[i]
        else:
            s = s + ", " + items[i]
    return s
''',
        "partly_wrong": '''def format_english_list(items):
    if not items:
        return ""
    return ", ".join(items[:-1]) + " and " + items[-1]
''',
    },
    {
        "id": "en_clock_to_seconds",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `clock_to_seconds(text)` that converts a duration written "
            "as \"H:MM:SS\" or \"MM:SS\" (for example \"1:02:03\" or \"4:05\") into the total "
            "number of seconds."
        ),
        "entry_point": "clock_to_seconds",
        "explanation": (
            "Read the fields left to right and fold them in base 60: each step multiplies the "
            "running total by 60 and adds the next field. This handles both two-field and "
            "three-field forms without special cases."
        ),
        "solution": '''def clock_to_seconds(text: str) -> int:
    total = 0
    for field in text.split(":"):
        total = total * 60 + int(field)
    return total
''',
        "tests": [
            "assert clock_to_seconds('1:02:03') == 3723",
            "assert clock_to_seconds('4:05') == 245",
            "assert clock_to_seconds('0:00') == 0",
            "assert clock_to_seconds('10:00:00') == 36000",
        ],
        "poor_style": '''def clock_to_seconds(text):
    parts = text.split(":")
    if len(parts) == 3:
        h = int(parts[0])
        m = int(parts[1])
        s = int(parts[2])
        return h * 3600 + m * 60 + s
    if len(parts) == 2:
        m = int(parts[0])
        s = int(parts[1])
        return m * 60 + s
''',
        "partly_wrong": '''def clock_to_seconds(text):
    hours, minutes, seconds = (text.split(":") + ["0", "0"])[:3]
    return int(hours) * 3600 + int(minutes) * 60 + int(seconds)
''',
    },
    {
        "id": "en_parse_dimensions",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `parse_dimensions(text)` that parses box sizes such as "
            "\"3x4x5\", \"10 X 2 x 7\" or \"1x1x1\" into a tuple of three integers. The "
            "separator is the letter x in either case, optionally surrounded by spaces. "
            "Raise ValueError if there are not exactly three numbers."
        ),
        "entry_point": "parse_dimensions",
        "explanation": (
            "Lower-casing first lets one split on 'x' handle both cases of the separator, and "
            "int() ignores the surrounding spaces. Checking the number of fields before "
            "converting gives a clear error for malformed input."
        ),
        "solution": '''def parse_dimensions(text: str) -> tuple[int, int, int]:
    fields = text.lower().split("x")
    if len(fields) != 3:
        raise ValueError(f"expected three dimensions, got {text!r}")
    width, height, depth = (int(field) for field in fields)
    return width, height, depth
''',
        "tests": [
            "assert parse_dimensions('3x4x5') == (3, 4, 5)",
            "assert parse_dimensions('10 X 2 x 7') == (10, 2, 7)",
            "assert parse_dimensions('1x1x1') == (1, 1, 1)",
            "try:\n    parse_dimensions('3x4')\nexcept ValueError:\n    pass\nelse:\n    raise AssertionError('no ValueError')",
        ],
        "poor_style": '''def parse_dimensions(text):
    t = text.replace("X", "x")
    t = t.replace(" ", "")
    nums = []
    cur = ""
    for ch in t:
        if ch == "x":
            nums.append(int(cur))
            cur = ""
        else:
            cur = cur + ch
    nums.append(int(cur))
    if len(nums) != 3:
        raise ValueError("bad")
    return (nums[0], nums[1], nums[2])
''',
        "partly_wrong": '''def parse_dimensions(text):
    fields = text.split("x")
    if len(fields) != 3:
        raise ValueError(text)
    return tuple(int(field) for field in fields)
''',
    },
    {
        "id": "en_is_valid_date",
        "category": "utilities",
        "prompt": (
            "Write a Python function `is_valid_date(year, month, day)` that tells whether the "
            "three integers form a real Gregorian calendar date (year >= 1). Do not use the "
            "datetime module; remember that century years are leap years only when divisible "
            "by 400."
        ),
        "entry_point": "is_valid_date",
        "explanation": (
            "Check the month first, then compare the day with that month's length, giving "
            "February 29 days in leap years. The leap rule is: divisible by 4 and not by 100, "
            "or divisible by 400."
        ),
        "solution": '''MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_valid_date(year: int, month: int, day: int) -> bool:
    if year < 1 or not 1 <= month <= 12:
        return False
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    length = 29 if month == 2 and leap else MONTH_LENGTHS[month - 1]
    return 1 <= day <= length
''',
        "tests": [
            "assert is_valid_date(2024, 2, 29) is True",
            "assert is_valid_date(2023, 2, 29) is False",
            "assert is_valid_date(1900, 2, 29) is False",
            "assert is_valid_date(2000, 2, 29) is True",
            "assert is_valid_date(2023, 13, 1) is False",
            "assert is_valid_date(2023, 4, 31) is False",
        ],
        "poor_style": '''def is_valid_date(year, month, day):
    if year < 1:
        return False
    if month < 1 or month > 12:
        return False
    if month == 1 or month == 3 or month == 5 or month == 7 or month == 8 or month == 10 or month == 12:
        m = 31
    elif month == 2:
        if year % 400 == 0:
            m = 29
        elif year % 100 == 0:
            m = 28
        elif year % 4 == 0:
            m = 29
        else:
            m = 28
    else:
        m = 30
    if day >= 1 and day <= m:
        return True
    return False
''',
        "partly_wrong": '''def is_valid_date(year, month, day):
    lengths = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if not 1 <= month <= 12:
        return False
    return 1 <= day <= lengths[month - 1]
''',
    },
    {
        "id": "en_slugify",
        "category": "utilities",
        "prompt": (
            "Write a Python function `slugify(title)` that turns a title into a URL slug: "
            "lower-case ASCII letters and digits are kept, every run of other characters "
            "becomes a single hyphen, and there are no hyphens at either end. For example "
            "\"Hello, World! 2024\" becomes \"hello-world-2024\"."
        ),
        "entry_point": "slugify",
        "explanation": (
            "After lower-casing, one regular expression replaces each run of characters outside "
            "[a-z0-9] with a single hyphen; strip('-') then removes the hyphens produced by "
            "punctuation at the start or end."
        ),
        "solution": '''import re


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
''',
        "tests": [
            "assert slugify('Hello, World! 2024') == 'hello-world-2024'",
            "assert slugify('  Python   Tips  ') == 'python-tips'",
            "assert slugify('') == ''",
            "assert slugify('C++ & Rust?') == 'c-rust'",
        ],
        "poor_style": '''def slugify(title):
    out = ""
    last_dash = True
    for c in title.lower():
        if (c >= "a" and c <= "z") or (c >= "0" and c <= "9"):
            out = out + c
            last_dash = False
        else:
            if last_dash == False:
                out = out + "-"
                last_dash = True
    while out.endswith("-"):
        out = out[:-1]
    return out
''',
        "partly_wrong": '''def slugify(title):
    return "-".join(title.lower().split())
''',
    },
    {
        "id": "en_truncate_text",
        "category": "utilities",
        "prompt": (
            "Write a Python function `truncate_text(text, limit)` that shortens `text` to at "
            "most `limit` characters (limit >= 3). Text that already fits is returned "
            "unchanged; otherwise keep the first `limit - 3` characters and add \"...\" so that "
            "the result is exactly `limit` characters long."
        ),
        "entry_point": "truncate_text",
        "explanation": (
            "The ellipsis takes three of the allowed characters, so only limit - 3 characters "
            "of the text fit before it. Returning short text unchanged avoids adding an "
            "ellipsis when nothing was cut."
        ),
        "solution": '''def truncate_text(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    return text[: limit - 3] + "..."
''',
        "tests": [
            "assert truncate_text('hello world', 8) == 'hello...'",
            "assert truncate_text('short', 10) == 'short'",
            "assert truncate_text('exactly', 7) == 'exactly'",
            "assert len(truncate_text('a' * 50, 20)) == 20",
        ],
        "poor_style": '''def truncate_text(text, limit):
    if len(text) > limit:
        result = ""
        i = 0
        while i < limit - 3:
            result = result + text[i]
            i = i + 1
        result = result + "..."
        return result
    else:
        return text
''',
        "partly_wrong": '''def truncate_text(text, limit):
    if len(text) <= limit:
        return text
    return text[:limit] + "..."
''',
    },
    {
        "id": "en_percent_change",
        "category": "utilities",
        "prompt": (
            "Write a Python function `percent_change(old, new)` that returns the percentage "
            "change from `old` to `new`, rounded to one decimal place (for example 50 to 75 is "
            "50.0 and 80 to 60 is -25.0). When `old` is 0 the change is undefined: return None."
        ),
        "entry_point": "percent_change",
        "explanation": (
            "The change is measured relative to the old value: (new - old) / old * 100. The old "
            "value is checked first because dividing by zero has no meaningful percentage."
        ),
        "solution": '''def percent_change(old: float, new: float) -> float | None:
    if old == 0:
        return None
    return round((new - old) / old * 100, 1)
''',
        "tests": [
            "assert percent_change(50, 75) == 50.0",
            "assert percent_change(80, 60) == -25.0",
            "assert percent_change(0, 5) is None",
            "assert percent_change(3, 4) == 33.3",
        ],
        "poor_style": '''def percent_change(old, new):
    if old != 0:
        diff = new - old
        ratio = diff / old
        pct = ratio * 100
        pct = round(pct, 1)
        return pct
    else:
        return None
''',
        "partly_wrong": '''def percent_change(old, new):
    if old == 0:
        return None
    return round((new - old) / new * 100, 1)
''',
    },
    {
        "id": "en_take_within_budget",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `take_within_budget(costs, budget)` that returns the "
            "longest prefix of the iterable `costs` whose running total does not exceed "
            "`budget`, as a list. It must stop reading `costs` at the first item that would go "
            "over the budget, so it also works on infinite iterators."
        ),
        "entry_point": "take_within_budget",
        "explanation": (
            "Iterate lazily, keeping a running total; the first item that would exceed the "
            "budget ends the loop before anything further is read, which is what makes it safe "
            "on an infinite iterator such as itertools.count()."
        ),
        "solution": '''from collections.abc import Iterable


def take_within_budget(costs: Iterable[int], budget: int) -> list[int]:
    taken: list[int] = []
    total = 0
    for cost in costs:
        if total + cost > budget:
            break
        total += cost
        taken.append(cost)
    return taken
''',
        "tests": [
            "assert take_within_budget([3, 4, 5, 1], 8) == [3, 4]",
            "assert take_within_budget([], 10) == []",
            "assert take_within_budget([11], 10) == []",
            "import itertools\nassert take_within_budget(itertools.count(1), 10) == [1, 2, 3, 4]",
        ],
        "poor_style": '''def take_within_budget(costs, budget):
    out = []
    for c in costs:
        s = 0
        for x in out:
            s = s + x
        if s + c <= budget:
            out.append(c)
        else:
            return out
    return out
''',
        "partly_wrong": '''def take_within_budget(costs, budget):
    taken = []
    total = 0
    for cost in costs:
        total += cost
        taken.append(cost)
        if total > budget:
            break
    return taken
''',
    },
    {
        "id": "en_pairwise_differences",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `pairwise_differences(values)` that returns the list of "
            "differences between consecutive items, each later item minus the one before it. "
            "For example [1, 4, 9, 16] gives [3, 5, 7]; fewer than two items give []."
        ),
        "entry_point": "pairwise_differences",
        "explanation": (
            "zip(values, values[1:]) pairs every item with its successor, so a comprehension "
            "over those pairs computes each difference; a list of fewer than two items "
            "produces no pairs and hence an empty list."
        ),
        "solution": '''def pairwise_differences(values: list[int]) -> list[int]:
    return [after - before for before, after in zip(values, values[1:])]
''',
        "tests": [
            "assert pairwise_differences([1, 4, 9, 16]) == [3, 5, 7]",
            "assert pairwise_differences([]) == []",
            "assert pairwise_differences([5]) == []",
            "assert pairwise_differences([10, 7, 7]) == [-3, 0]",
        ],
        "poor_style": '''def pairwise_differences(values):
    diffs = []
    for i in range(len(values)):
        if i > 0:
            diffs.append(values[i] - values[i - 1])
    return diffs
''',
        "partly_wrong": '''def pairwise_differences(values):
    return [before - after for before, after in zip(values, values[1:])]
''',
    },
    {
        "id": "en_unique_by_key",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `unique_by(items, key)` that returns the items of the list "
            "whose `key(item)` has not been seen before, keeping the first item for each key and "
            "the original order. For example unique_by(['apple', 'avocado', 'bean'], "
            "lambda w: w[0]) gives ['apple', 'bean']."
        ),
        "entry_point": "unique_by",
        "explanation": (
            "Keep a set of keys already seen; an item is kept only when its key is new. One "
            "pass, O(n) key computations, and the first item wins because later ones find "
            "their key in the set."
        ),
        "solution": '''from collections.abc import Callable, Hashable
from typing import TypeVar

T = TypeVar("T")


def unique_by(items: list[T], key: Callable[[T], Hashable]) -> list[T]:
    seen: set[Hashable] = set()
    kept: list[T] = []
    for item in items:
        marker = key(item)
        if marker not in seen:
            seen.add(marker)
            kept.append(item)
    return kept
''',
        "tests": [
            "assert unique_by(['apple', 'avocado', 'bean'], lambda w: w[0]) == ['apple', 'bean']",
            "assert unique_by([], len) == []",
            "assert unique_by([1, -1, 2, -2, 3], abs) == [1, 2, 3]",
            "assert unique_by(['aa', 'b', 'cc', 'd'], len) == ['aa', 'b']",
        ],
        "poor_style": '''def unique_by(items, key):
    result = []
    for i in range(len(items)):
        dup = False
        for j in range(i):
            if key(items[j]) == key(items[i]):
                dup = True
        if dup == False:
            result.append(items[i])
    return result
''',
        "partly_wrong": '''def unique_by(items, key):
    by_key = {}
    for item in items:
        by_key[key(item)] = item
    return list(by_key.values())
''',
    },
    {
        "id": "en_every_nth",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `every_nth(iterable, n)` that returns, as a list, the items "
            "at positions 0, n, 2n, ... of any iterable (n >= 1), reading it only once, so that "
            "it also works on generators."
        ),
        "entry_point": "every_nth",
        "explanation": (
            "itertools.islice(iterable, 0, None, n) steps through any iterator lazily, without "
            "indexing it or building an intermediate list, and starts at the first item."
        ),
        "solution": '''from collections.abc import Iterable
from itertools import islice


def every_nth(iterable: Iterable, n: int) -> list:
    return list(islice(iterable, 0, None, n))
''',
        "tests": [
            "assert every_nth([0, 1, 2, 3, 4, 5, 6], 3) == [0, 3, 6]",
            "assert every_nth([], 2) == []",
            "assert every_nth('abc', 1) == ['a', 'b', 'c']",
            "assert every_nth((x * x for x in range(6)), 2) == [0, 4, 16]",
        ],
        "poor_style": '''def every_nth(iterable, n):
    out = []
    i = 0
    for x in iterable:
        if i % n == 0:
            out.append(x)
        i = i + 1
    return out
''',
        "partly_wrong": '''def every_nth(iterable, n):
    return list(iterable)[n - 1::n]
''',
    },
    {
        "id": "en_is_connected",
        "category": "graphs",
        "prompt": (
            "Write a Python function `is_connected(graph)` for an undirected graph given as an "
            "adjacency dict (every node is a key; each edge appears in both neighbour lists). "
            "Return True if every node can reach every other node. An empty graph counts as "
            "connected."
        ),
        "entry_point": "is_connected",
        "explanation": (
            "Run a depth-first search from any node with an explicit stack and count the nodes "
            "reached; the graph is connected exactly when that is every node. The empty graph "
            "has no pair of nodes to separate, so it is connected."
        ),
        "solution": '''def is_connected(graph: dict[str, list[str]]) -> bool:
    if not graph:
        return True
    start = next(iter(graph))
    seen = {start}
    stack = [start]
    while stack:
        for neighbour in graph[stack.pop()]:
            if neighbour not in seen:
                seen.add(neighbour)
                stack.append(neighbour)
    return len(seen) == len(graph)
''',
        "tests": [
            "assert is_connected({'a': ['b'], 'b': ['a', 'c'], 'c': ['b']}) is True",
            "assert is_connected({}) is True",
            "assert is_connected({'a': ['b'], 'b': ['a'], 'c': ['d'], 'd': ['c']}) is False",
            "assert is_connected({'a': []}) is True",
            "assert is_connected({'a': [], 'b': []}) is False",
        ],
        "poor_style": '''def is_connected(graph):
    nodes = list(graph.keys())
    if len(nodes) == 0:
        return True
    visited = [nodes[0]]
    changed = True
    while changed:
        changed = False
        for n in nodes:
            if n in visited:
                for m in graph[n]:
                    if m not in visited:
                        visited.append(m)
                        changed = True
    return len(visited) == len(nodes)
''',
        "partly_wrong": '''def is_connected(graph):
    if len(graph) <= 1:
        return True
    return all(graph[node] for node in graph)
''',
    },
    {
        "id": "en_source_nodes",
        "category": "graphs",
        "prompt": (
            "Write a Python function `source_nodes(graph)` for a directed graph given as an "
            "adjacency dict (node -> list of successors; a node may appear only as a "
            "successor). Return the sorted list of nodes with no incoming edges."
        ),
        "entry_point": "source_nodes",
        "explanation": (
            "Collect every node that is the target of some edge; the sources are the keys of the "
            "dict that are not in that set. Nodes that appear only as successors have an "
            "incoming edge, so they can never be sources."
        ),
        "solution": '''def source_nodes(graph: dict[str, list[str]]) -> list[str]:
    targets = {successor for successors in graph.values() for successor in successors}
    return sorted(node for node in graph if node not in targets)
''',
        "tests": [
            "assert source_nodes({'a': ['b'], 'b': ['c'], 'd': ['c']}) == ['a', 'd']",
            "assert source_nodes({}) == []",
            "assert source_nodes({'a': ['b'], 'b': ['a']}) == []",
            "assert source_nodes({'x': [], 'y': []}) == ['x', 'y']",
        ],
        "poor_style": '''def source_nodes(graph):
    result = []
    for node in graph:
        has_in = False
        for other in graph:
            for succ in graph[other]:
                if succ == node:
                    has_in = True
        if has_in == False:
            result.append(node)
    result.sort()
    return result
''',
        "partly_wrong": '''def source_nodes(graph):
    return sorted(node for node, successors in graph.items() if successors)
''',
    },
    {
        "id": "en_find_town_judge",
        "category": "graphs",
        "prompt": (
            "Write a Python function `find_town_judge(n, trust)`. People are labelled 1 to n; "
            "`trust` is a list of pairs (a, b) meaning a trusts b. The town judge trusts nobody "
            "and is trusted by everybody else. Return the judge's label, or -1 if there is no "
            "judge."
        ),
        "entry_point": "find_town_judge",
        "explanation": (
            "Treat trust as directed edges and keep one score per person: +1 for each incoming "
            "edge, -1 for each outgoing one. Only the judge can reach n - 1, because that needs "
            "n - 1 incoming edges and no outgoing ones."
        ),
        "solution": '''def find_town_judge(n: int, trust: list[tuple[int, int]]) -> int:
    score = [0] * (n + 1)
    for truster, trusted in trust:
        score[truster] -= 1
        score[trusted] += 1
    for person in range(1, n + 1):
        if score[person] == n - 1:
            return person
    return -1
''',
        "tests": [
            "assert find_town_judge(2, [(1, 2)]) == 2",
            "assert find_town_judge(3, [(1, 3), (2, 3)]) == 3",
            "assert find_town_judge(3, [(1, 3), (2, 3), (3, 1)]) == -1",
            "assert find_town_judge(1, []) == 1",
            "assert find_town_judge(3, [(1, 2), (2, 3)]) == -1",
        ],
        "poor_style": '''def find_town_judge(n, trust):
    for p in range(1, n + 1):
        trusts_someone = False
        count = 0
        for pair in trust:
            if pair[0] == p:
                trusts_someone = True
            if pair[1] == p:
                count = count + 1
        if trusts_someone == False and count == n - 1:
            return p
    return -1
''',
        "partly_wrong": '''def find_town_judge(n, trust):
    incoming = [0] * (n + 1)
    for _, trusted in trust:
        incoming[trusted] += 1
    for person in range(1, n + 1):
        if incoming[person] == n - 1:
            return person
    return -1
''',
    },
    {
        "id": "en_dfs_preorder",
        "category": "graphs",
        "prompt": (
            "Write a Python function `dfs_preorder(graph, start)` that returns the nodes of a "
            "directed graph (adjacency dict) in the order a recursive depth-first search from "
            "`start` first visits them, exploring neighbours in the order they are listed. "
            "Implement it iteratively with an explicit stack so deep graphs do not hit the "
            "recursion limit."
        ),
        "entry_point": "dfs_preorder",
        "explanation": (
            "Push neighbours in reverse order so the first-listed neighbour is popped first, "
            "matching the recursive order, and mark a node visited when it is popped rather "
            "than when it is pushed, because a node may be pushed several times before its "
            "turn comes."
        ),
        "solution": '''def dfs_preorder(graph: dict[str, list[str]], start: str) -> list[str]:
    order: list[str] = []
    visited: set[str] = set()
    stack = [start]
    while stack:
        node = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        order.append(node)
        stack.extend(reversed(graph.get(node, [])))
    return order
''',
        "tests": [
            "assert dfs_preorder({'a': ['b', 'c'], 'b': ['d'], 'c': [], 'd': []}, 'a') == ['a', 'b', 'd', 'c']",
            "assert dfs_preorder({'a': []}, 'a') == ['a']",
            "assert dfs_preorder({'a': ['b', 'c'], 'b': ['c'], 'c': ['a']}, 'a') == ['a', 'b', 'c']",
            "assert len(dfs_preorder({i: [i + 1] for i in range(5000)}, 0)) == 5001",
        ],
        "poor_style": '''def dfs_preorder(graph, start):
    order = []
    path = [start]
    order.append(start)
    while len(path) > 0:
        node = path[len(path) - 1]
        moved = False
        for nb in graph.get(node, []):
            if nb not in order:
                order.append(nb)
                path.append(nb)
                moved = True
                break
        if moved == False:
            path.pop()
    return order
''',
        "partly_wrong": '''def dfs_preorder(graph, start):
    order = []
    visited = set()
    stack = [start]
    while stack:
        node = stack.pop()
        if node in visited:
            continue
        visited.add(node)
        order.append(node)
        stack.extend(graph.get(node, []))
    return order
''',
    },
    {
        "id": "en_ratio_class",
        "category": "classes",
        "prompt": (
            "Write a Python class `Ratio` for exact fractions. `Ratio(numerator, denominator)` "
            "stores the value in lowest terms with a positive denominator (raise "
            "ZeroDivisionError for a zero denominator). Support `+` between two Ratios, `==` "
            "comparison, and `str()` giving \"n/d\" (for example str(Ratio(2, -4)) is \"-1/2\")."
        ),
        "entry_point": "Ratio",
        "explanation": (
            "Normalising once in __init__ (divide by the gcd, move the sign to the numerator) "
            "means equal values always have equal fields, so __eq__ can compare fields and "
            "__add__ only needs the cross-multiplication formula followed by a new Ratio."
        ),
        "solution": '''from math import gcd


class Ratio:
    def __init__(self, numerator: int, denominator: int) -> None:
        if denominator == 0:
            raise ZeroDivisionError("denominator is zero")
        if denominator < 0:
            numerator, denominator = -numerator, -denominator
        divisor = gcd(numerator, denominator)
        self.numerator = numerator // divisor
        self.denominator = denominator // divisor

    def __add__(self, other: "Ratio") -> "Ratio":
        return Ratio(self.numerator * other.denominator + other.numerator * self.denominator,
                     self.denominator * other.denominator)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ratio):
            return NotImplemented
        return (self.numerator, self.denominator) == (other.numerator, other.denominator)

    def __str__(self) -> str:
        return f"{self.numerator}/{self.denominator}"
''',
        "tests": [
            "assert str(Ratio(2, 4)) == '1/2'",
            "assert Ratio(1, 2) + Ratio(1, 3) == Ratio(5, 6)",
            "assert str(Ratio(2, -4)) == '-1/2'",
            "assert str(Ratio(1, 2) + Ratio(1, 2)) == '1/1'",
            "try:\n    Ratio(1, 0)\nexcept ZeroDivisionError:\n    pass\nelse:\n    raise AssertionError('no error')",
        ],
        "poor_style": '''class Ratio:
    def __init__(self, numerator, denominator):
        if denominator == 0:
            raise ZeroDivisionError()
        a = numerator
        b = denominator
        if b < 0:
            a = -a
            b = -b
        g = 1
        for d in range(1, max(abs(a), abs(b)) + 1):
            if a % d == 0 and b % d == 0:
                g = d
        self.numerator = a // g
        self.denominator = b // g

    def __add__(self, other):
        top = self.numerator * other.denominator + other.numerator * self.denominator
        bottom = self.denominator * other.denominator
        return Ratio(top, bottom)

    def __eq__(self, other):
        return str(self) == str(other)

    def __str__(self):
        return str(self.numerator) + "/" + str(self.denominator)
''',
        "partly_wrong": '''from math import gcd


class Ratio:
    def __init__(self, numerator, denominator):
        if denominator == 0:
            raise ZeroDivisionError("denominator is zero")
        divisor = gcd(numerator, denominator)
        self.numerator = numerator // divisor
        self.denominator = denominator // divisor

    def __add__(self, other):
        return Ratio(self.numerator * other.denominator + other.numerator * self.denominator,
                     self.denominator * other.denominator)

    def __eq__(self, other):
        return (self.numerator, self.denominator) == (other.numerator, other.denominator)

    def __str__(self):
        return f"{self.numerator}/{self.denominator}"
''',
    },
    {
        "id": "en_todo_list",
        "category": "classes",
        "prompt": (
            "Write a Python class `TodoList`. `add(title)` adds a task and returns its id "
            "(1, 2, 3, ... in order of addition); `complete(task_id)` marks a task done and "
            "raises KeyError for an unknown id; `pending()` returns the titles of the tasks not "
            "yet done, in the order they were added."
        ),
        "entry_point": "TodoList",
        "explanation": (
            "A dict from id to [title, done] keeps insertion order, so pending() is a filter "
            "over its values; ids come from a counter so they stay unique even if titles "
            "repeat, and indexing the dict directly raises the KeyError the spec asks for."
        ),
        "solution": '''class TodoList:
    def __init__(self) -> None:
        self._tasks: dict[int, tuple[str, bool]] = {}
        self._next_id = 1

    def add(self, title: str) -> int:
        task_id = self._next_id
        self._tasks[task_id] = (title, False)
        self._next_id += 1
        return task_id

    def complete(self, task_id: int) -> None:
        title, _ = self._tasks[task_id]
        self._tasks[task_id] = (title, True)

    def pending(self) -> list[str]:
        return [title for title, done in self._tasks.values() if not done]
''',
        "tests": [
            "todo = TodoList()\nassert todo.add('buy milk') == 1\nassert todo.add('call mum') == 2",
            "todo = TodoList()\ntodo.add('a')\ntodo.add('b')\ntodo.add('c')\ntodo.complete(2)\nassert todo.pending() == ['a', 'c']",
            "todo = TodoList()\nassert todo.pending() == []",
            "todo = TodoList()\ntry:\n    todo.complete(1)\nexcept KeyError:\n    pass\nelse:\n    raise AssertionError('no KeyError')",
        ],
        "poor_style": '''class TodoList:
    def __init__(self):
        self.titles = []
        self.done = []

    def add(self, title):
        self.titles.append(title)
        self.done.append(False)
        return len(self.titles)

    def complete(self, task_id):
        if task_id < 1 or task_id > len(self.titles):
            raise KeyError(task_id)
        self.done[task_id - 1] = True

    def pending(self):
        res = []
        for i in range(len(self.titles)):
            if self.done[i] == False:
                res.append(self.titles[i])
        return res
''',
        "partly_wrong": '''class TodoList:
    def __init__(self):
        self.tasks = []

    def add(self, title):
        self.tasks.append(title)
        return len(self.tasks)

    def complete(self, task_id):
        self.tasks.pop(task_id - 1)

    def pending(self):
        return list(self.tasks)
''',
    },
    {
        "id": "en_polynomial_class",
        "category": "classes",
        "prompt": (
            "Write a Python class `Polynomial` built from a list of coefficients, lowest degree "
            "first (Polynomial([1, 0, 2]) is 1 + 2x^2). Calling the object with a number "
            "evaluates it, and `degree()` returns the highest power with a non-zero "
            "coefficient (0 for a constant or the zero polynomial)."
        ),
        "entry_point": "Polynomial",
        "explanation": (
            "Evaluation uses Horner's rule, walking the coefficients from the highest degree "
            "down so each step is one multiply and one add. Trailing zero coefficients do not "
            "change the polynomial, so degree() skips them."
        ),
        "solution": '''class Polynomial:
    def __init__(self, coefficients: list[float]) -> None:
        self.coefficients = list(coefficients)

    def __call__(self, x: float) -> float:
        result = 0
        for coefficient in reversed(self.coefficients):
            result = result * x + coefficient
        return result

    def degree(self) -> int:
        nonzero = [power for power, coefficient in enumerate(self.coefficients) if coefficient != 0]
        return max(nonzero, default=0)
''',
        "tests": [
            "assert Polynomial([1, 0, 2])(3) == 19",
            "assert Polynomial([1, 0, 2]).degree() == 2",
            "assert Polynomial([5, 1, 0, 0]).degree() == 1",
            "assert Polynomial([0])(7) == 0 and Polynomial([0]).degree() == 0",
            "assert Polynomial([-1, 1])(1) == 0",
        ],
        "poor_style": '''class Polynomial:
    def __init__(self, coefficients):
        self.c = coefficients

    def __call__(self, x):
        total = 0
        for i in range(len(self.c)):
            p = 1
            for k in range(i):
                p = p * x
            total = total + self.c[i] * p
        return total

    def degree(self):
        d = 0
        for i in range(len(self.c)):
            if self.c[i] != 0:
                d = i
        return d
''',
        "partly_wrong": '''class Polynomial:
    def __init__(self, coefficients):
        self.coefficients = list(coefficients)

    def __call__(self, x):
        return sum(c * x ** power for power, c in enumerate(self.coefficients))

    def degree(self):
        return len(self.coefficients) - 1
''',
    },
    {
        "id": "en_rgb_to_int",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `rgb_to_int(r, g, b)` that packs three colour channels "
            "(each 0-255) into one integer laid out as 0xRRGGBB, using shifts and bitwise OR. "
            "For example rgb_to_int(255, 128, 0) is 0xFF8000."
        ),
        "entry_point": "rgb_to_int",
        "explanation": (
            "Each channel takes 8 bits: red is shifted left by 16, green by 8 and blue stays in "
            "the lowest byte. The bytes do not overlap, so OR combines them without carries."
        ),
        "solution": '''def rgb_to_int(r: int, g: int, b: int) -> int:
    return (r << 16) | (g << 8) | b
''',
        "tests": [
            "assert rgb_to_int(255, 128, 0) == 0xFF8000",
            "assert rgb_to_int(0, 0, 0) == 0",
            "assert rgb_to_int(0, 0, 255) == 255",
            "assert rgb_to_int(18, 52, 86) == 0x123456",
        ],
        "poor_style": '''def rgb_to_int(r, g, b):
    value = 0
    value = value + r * 256 * 256
    value = value + g * 256
    value = value + b
    return value
''',
        "partly_wrong": '''def rgb_to_int(r, g, b):
    return (b << 16) | (g << 8) | r
''',
    },
    {
        "id": "en_bit_parity",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `bit_parity(n)` that returns 1 if the non-negative integer "
            "`n` has an odd number of set bits and 0 otherwise. Compute it with bit operations "
            "(repeatedly clearing the lowest set bit), not by counting characters of bin(n)."
        ),
        "entry_point": "bit_parity",
        "explanation": (
            "n & (n - 1) clears the lowest set bit, so the loop runs once per set bit; toggling "
            "a parity flag each time leaves 1 exactly when the count is odd."
        ),
        "solution": '''def bit_parity(n: int) -> int:
    parity = 0
    while n:
        n &= n - 1
        parity ^= 1
    return parity
''',
        "tests": [
            "assert bit_parity(0) == 0",
            "assert bit_parity(7) == 1",
            "assert bit_parity(6) == 0",
            "assert bit_parity(1) == 1",
            "assert bit_parity(2**40 + 1) == 0",
        ],
        "poor_style": '''def bit_parity(n):
    count = 0
    s = bin(n)
    for i in range(2, len(s)):
        if s[i] == "1":
            count = count + 1
    if count % 2 == 1:
        return 1
    else:
        return 0
''',
        "partly_wrong": '''def bit_parity(n):
    return n & 1
''',
    },
    {
        "id": "en_trailing_zero_bits",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `trailing_zero_bits(n)` that returns how many zero bits "
            "follow the lowest set bit of the positive integer `n` in binary (so 8 = 0b1000 "
            "gives 3 and any odd number gives 0)."
        ),
        "entry_point": "trailing_zero_bits",
        "explanation": (
            "n & -n isolates the lowest set bit as a power of two, and bit_length() - 1 of that "
            "power is its position, which equals the number of trailing zeros; no loop needed."
        ),
        "solution": '''def trailing_zero_bits(n: int) -> int:
    return (n & -n).bit_length() - 1
''',
        "tests": [
            "assert trailing_zero_bits(8) == 3",
            "assert trailing_zero_bits(7) == 0",
            "assert trailing_zero_bits(12) == 2",
            "assert trailing_zero_bits(2**60) == 60",
            "assert trailing_zero_bits(80) == 4",
        ],
        "poor_style": '''def trailing_zero_bits(n):
    count = 0
    while True:
        if n % 2 == 0:
            count = count + 1
            n = n // 2
        else:
            break
    return count
''',
        "partly_wrong": '''def trailing_zero_bits(n):
    return bin(n).count("0") - 1
''',
    },
    {
        "id": "en_remove_adjacent_pairs",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `remove_adjacent_pairs(s)` that repeatedly deletes two "
            "adjacent equal characters from the string until no such pair is left, and returns "
            "what remains. For example \"abbaca\" becomes \"ca\" (remove \"bb\", then \"aa\")."
        ),
        "entry_point": "remove_adjacent_pairs",
        "explanation": (
            "Scan once with a stack of kept characters: a character equal to the top cancels it, "
            "otherwise it is pushed. Cancelling against the stack handles the pairs that only "
            "become adjacent after an inner pair is removed, in O(n) total."
        ),
        "solution": '''def remove_adjacent_pairs(s: str) -> str:
    kept: list[str] = []
    for ch in s:
        if kept and kept[-1] == ch:
            kept.pop()
        else:
            kept.append(ch)
    return "".join(kept)
''',
        "tests": [
            "assert remove_adjacent_pairs('abbaca') == 'ca'",
            "assert remove_adjacent_pairs('') == ''",
            "assert remove_adjacent_pairs('aa') == ''",
            "assert remove_adjacent_pairs('abc') == 'abc'",
            "assert remove_adjacent_pairs('aaa') == 'a'",
        ],
        "poor_style": '''def remove_adjacent_pairs(s):
    changed = True
    while changed:
        changed = False
        for i in range(len(s) - 1):
            if s[i] == s[i + 1]:
                s = s[:i] + s[i + 2:]
                changed = True
                break
    return s
''',
        "partly_wrong": '''def remove_adjacent_pairs(s):
    result = []
    i = 0
    while i < len(s):
        if i + 1 < len(s) and s[i] == s[i + 1]:
            i += 2
        else:
            result.append(s[i])
            i += 1
    return "".join(result)
''',
    },
    {
        "id": "en_merge_counts",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `merge_counts(counts)` that takes a list of dicts mapping "
            "words to counts and returns one dict in which each word's count is the sum over all "
            "the dicts. The input dicts must not be modified."
        ),
        "entry_point": "merge_counts",
        "explanation": (
            "Start from an empty dict and add every (word, count) pair with get(word, 0), so "
            "counts of a word that appears in several dicts are summed instead of overwritten; "
            "building a new dict leaves the inputs untouched."
        ),
        "solution": '''def merge_counts(counts: list[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for table in counts:
        for word, count in table.items():
            total[word] = total.get(word, 0) + count
    return total
''',
        "tests": [
            "assert merge_counts([{'a': 1, 'b': 2}, {'b': 3, 'c': 1}]) == {'a': 1, 'b': 5, 'c': 1}",
            "assert merge_counts([]) == {}",
            "assert merge_counts([{'x': 2}]) == {'x': 2}",
            "first = {'a': 1}\nmerge_counts([first, {'a': 2}])\nassert first == {'a': 1}",
        ],
        "poor_style": '''def merge_counts(counts):
    keys = []
    for d in counts:
        for k in d:
            if k not in keys:
                keys.append(k)
    result = {}
    for k in keys:
        s = 0
        for d in counts:
            if k in d:
                s = s + d[k]
        result[k] = s
    return result
''',
        "partly_wrong": '''def merge_counts(counts):
    total = {}
    for table in counts:
        total.update(table)
    return total
''',
    },
    {
        "id": "en_first_unique_so_far",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `first_unique_so_far(stream)` that, for each prefix of the "
            "string `stream`, reports the first character that has appeared exactly once so "
            "far, or '#' if there is none. Return the answers as one string of the same length. "
            "For example \"aabc\" gives \"a#bb\"."
        ),
        "entry_point": "first_unique_so_far",
        "explanation": (
            "Count characters as they arrive and keep a queue of candidates in arrival order. "
            "After each character, drop candidates from the front while their count is above "
            "one; the front is then the answer. Each character enters and leaves the queue at "
            "most once, so the whole stream takes O(n)."
        ),
        "solution": '''from collections import Counter, deque


def first_unique_so_far(stream: str) -> str:
    seen: Counter[str] = Counter()
    candidates: deque[str] = deque()
    answers = []
    for ch in stream:
        seen[ch] += 1
        if seen[ch] == 1:
            candidates.append(ch)
        while candidates and seen[candidates[0]] > 1:
            candidates.popleft()
        answers.append(candidates[0] if candidates else "#")
    return "".join(answers)
''',
        "tests": [
            "assert first_unique_so_far('aabc') == 'a#bb'",
            "assert first_unique_so_far('') == ''",
            "assert first_unique_so_far('abc') == 'aaa'",
            "assert first_unique_so_far('abab') == 'aab#'",
        ],
        "poor_style": '''def first_unique_so_far(stream):
    out = ""
    for i in range(len(stream)):
        prefix = stream[:i + 1]
        found = "#"
        for c in prefix:
            if prefix.count(c) == 1:
                found = c
                break
        out = out + found
    return out
''',
        "partly_wrong": '''def first_unique_so_far(stream):
    answers = []
    for i in range(len(stream)):
        prefix = stream[:i + 1]
        answers.append(prefix[0] if prefix.count(prefix[0]) == 1 else "#")
    return "".join(answers)
''',
    },
    {
        "id": "en_priority_order",
        "category": "data_structures",
        "prompt": (
            "Write a Python function `priority_order(tasks)` that takes a list of (name, "
            "priority) pairs and returns the names in the order a priority queue would serve "
            "them: highest priority first, and tasks with equal priority in the order they were "
            "given. Use the heapq module."
        ),
        "entry_point": "priority_order",
        "explanation": (
            "heapq is a min-heap, so push (-priority, position, name): negating the priority "
            "serves high priorities first, and the position breaks ties in arrival order (it "
            "also keeps the heap from ever comparing names)."
        ),
        "solution": '''import heapq


def priority_order(tasks: list[tuple[str, int]]) -> list[str]:
    heap = [(-priority, position, name) for position, (name, priority) in enumerate(tasks)]
    heapq.heapify(heap)
    return [heapq.heappop(heap)[2] for _ in range(len(heap))]
''',
        "tests": [
            "assert priority_order([('a', 1), ('b', 3), ('c', 2)]) == ['b', 'c', 'a']",
            "assert priority_order([]) == []",
            "assert priority_order([('z', 5), ('y', 5), ('x', 5)]) == ['z', 'y', 'x']",
            "assert priority_order([('low', 0), ('high', 9), ('mid', 4), ('high2', 9)]) == ['high', 'high2', 'mid', 'low']",
        ],
        "poor_style": '''def priority_order(tasks):
    remaining = list(tasks)
    order = []
    while len(remaining) > 0:
        best = 0
        for i in range(len(remaining)):
            if remaining[i][1] > remaining[best][1]:
                best = i
        order.append(remaining[best][0])
        del remaining[best]
    return order
''',
        "partly_wrong": '''import heapq


def priority_order(tasks):
    heap = [(-priority, name) for name, priority in tasks]
    heapq.heapify(heap)
    return [heapq.heappop(heap)[1] for _ in range(len(heap))]
''',
    },
    {
        "id": "en_format_columns",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `format_columns(rows)` that lays out a table given as a "
            "list of rows (lists of strings, all the same length). Each column is left-aligned "
            "and as wide as its longest cell, columns are separated by two spaces, and trailing "
            "spaces are removed from every line. Return the list of lines."
        ),
        "entry_point": "format_columns",
        "explanation": (
            "First compute each column's width as the longest cell in it (zip(*rows) gives the "
            "columns), then pad every cell with ljust, join with two spaces and rstrip the line "
            "so the last column leaves no trailing blanks."
        ),
        "solution": '''def format_columns(rows: list[list[str]]) -> list[str]:
    if not rows:
        return []
    widths = [max(len(cell) for cell in column) for column in zip(*rows)]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()
        for row in rows
    ]
''',
        "tests": [
            "assert format_columns([['name', 'qty'], ['apple', '3'], ['fig', '12']]) == ['name   qty', 'apple  3', 'fig    12']",
            "assert format_columns([]) == []",
            "assert format_columns([['a']]) == ['a']",
            "assert format_columns([['x', 'y'], ['long', '']]) == ['x     y', 'long']",
        ],
        "poor_style": '''def format_columns(rows):
    lines = []
    for r in rows:
        line = ""
        for j in range(len(r)):
            w = 0
            for other in rows:
                if len(other[j]) > w:
                    w = len(other[j])
            cell = r[j]
            while len(cell) < w:
                cell = cell + " "
            if j > 0:
                line = line + "  "
            line = line + cell
        lines.append(line.rstrip())
    return lines
''',
        "partly_wrong": '''def format_columns(rows):
    if not rows:
        return []
    widths = [len(cell) for cell in rows[0]]
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
''',
    },
    {
        "id": "en_parse_hex_color",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `parse_hex_color(text)` that converts a CSS hex colour to "
            "an (r, g, b) tuple of integers. Accept the six-digit form \"#1A2B3C\" and the "
            "three-digit short form \"#abc\" (each digit doubled, so \"#abc\" is \"#aabbcc\"), "
            "in either case."
        ),
        "entry_point": "parse_hex_color",
        "explanation": (
            "Strip the '#', expand the short form by doubling each digit, then read the three "
            "two-digit pairs with int(pair, 16), which accepts upper- and lower-case digits."
        ),
        "solution": '''def parse_hex_color(text: str) -> tuple[int, int, int]:
    digits = text.lstrip("#")
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    red, green, blue = (int(digits[i:i + 2], 16) for i in range(0, 6, 2))
    return red, green, blue
''',
        "tests": [
            "assert parse_hex_color('#1A2B3C') == (26, 43, 60)",
            "assert parse_hex_color('#abc') == (170, 187, 204)",
            "assert parse_hex_color('#000000') == (0, 0, 0)",
            "assert parse_hex_color('#FFF') == (255, 255, 255)",
        ],
        "poor_style": '''def parse_hex_color(text):
    h = text[1:]
    h = h.lower()
    if len(h) == 3:
        h = h[0] + h[0] + h[1] + h[1] + h[2] + h[2]
    vals = "0123456789abcdef"
    r = vals.index(h[0]) * 16 + vals.index(h[1])
    g = vals.index(h[2]) * 16 + vals.index(h[3])
    b = vals.index(h[4]) * 16 + vals.index(h[5])
    return (r, g, b)
''',
        "partly_wrong": '''def parse_hex_color(text):
    digits = text.lstrip("#")
    return tuple(int(digits[i:i + 2], 16) for i in range(0, 6, 2))
''',
    },
    {
        "id": "en_ordinal_suffix",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `ordinal(n)` that formats a non-negative integer as an "
            "English ordinal: 1 -> \"1st\", 2 -> \"2nd\", 3 -> \"3rd\", 4 -> \"4th\", and the "
            "teens always take \"th\" (11th, 12th, 13th, 111th) while 21 -> \"21st\"."
        ),
        "entry_point": "ordinal",
        "explanation": (
            "The suffix depends on the last digit, except when the last two digits are 11, 12 "
            "or 13, which always take 'th'. Checking n % 100 for the teens before looking up "
            "n % 10 covers 111, 112 and 113 as well."
        ),
        "solution": '''SUFFIXES = {1: "st", 2: "nd", 3: "rd"}


def ordinal(n: int) -> str:
    suffix = "th" if n % 100 in (11, 12, 13) else SUFFIXES.get(n % 10, "th")
    return f"{n}{suffix}"
''',
        "tests": [
            "assert [ordinal(n) for n in (1, 2, 3, 4)] == ['1st', '2nd', '3rd', '4th']",
            "assert [ordinal(n) for n in (11, 12, 13)] == ['11th', '12th', '13th']",
            "assert ordinal(21) == '21st'",
            "assert ordinal(112) == '112th'",
            "assert ordinal(0) == '0th'",
        ],
        "poor_style": '''def ordinal(n):
    s = str(n)
    if len(s) >= 2 and s[-2] == "1":
        return s + "th"
    if s[-1] == "1":
        return s + "st"
    elif s[-1] == "2":
        return s + "nd"
    elif s[-1] == "3":
        return s + "rd"
    else:
        return s + "th"
''',
        "partly_wrong": '''def ordinal(n):
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
''',
    },
    {
        "id": "en_wrap_words",
        "category": "parsing_formatting",
        "prompt": (
            "Write a Python function `wrap_words(text, width)` that wraps the words of `text` "
            "greedily into lines of at most `width` characters (words separated by single "
            "spaces in the output). A word longer than `width` goes on a line of its own. "
            "Return the list of lines; empty text gives []."
        ),
        "entry_point": "wrap_words",
        "explanation": (
            "Fill the current line word by word; a word that would make the line longer than "
            "width (counting the joining space) starts a new line instead. An over-long word "
            "still gets placed, alone, because a new line always accepts its first word."
        ),
        "solution": '''def wrap_words(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines
''',
        "tests": [
            "assert wrap_words('the quick brown fox', 10) == ['the quick', 'brown fox']",
            "assert wrap_words('', 5) == []",
            "assert wrap_words('a bb ccc', 4) == ['a bb', 'ccc']",
            "assert wrap_words('ab cd', 4) == ['ab', 'cd']",
            "assert wrap_words('tiny extraordinarily big', 6) == ['tiny', 'extraordinarily', 'big']",
        ],
        "poor_style": '''def wrap_words(text, width):
    words = text.split()
    lines = []
    line = []
    for w in words:
        length = 0
        for x in line:
            length = length + len(x) + 1
        if len(line) > 0 and length + len(w) > width:
            lines.append(" ".join(line))
            line = [w]
        else:
            line.append(w)
    if len(line) > 0:
        lines.append(" ".join(line))
    return lines
''',
        "partly_wrong": '''def wrap_words(text, width):
    lines = []
    current = ""
    for word in text.split():
        if current and len(current) + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines
''',
    },
    {
        "id": "en_weekday_name",
        "category": "utilities",
        "prompt": (
            "Write a Python function `weekday_name(year, month, day)` that returns the English "
            "name of the weekday (\"Monday\" ... \"Sunday\") of a Gregorian date, without the "
            "datetime or calendar modules. For example 2024-01-01 was a Monday."
        ),
        "entry_point": "weekday_name",
        "explanation": (
            "Sakamoto's method: treat January and February as months of the previous year (so "
            "the leap day falls at the end of the year), add the year's leap-year corrections "
            "and a per-month offset, and take the result modulo 7 (0 is Sunday)."
        ),
        "solution": '''MONTH_OFFSETS = (0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4)
NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def weekday_name(year: int, month: int, day: int) -> str:
    if month < 3:
        year -= 1
    index = (year + year // 4 - year // 100 + year // 400 + MONTH_OFFSETS[month - 1] + day) % 7
    return NAMES[index]
''',
        "tests": [
            "assert weekday_name(2024, 1, 1) == 'Monday'",
            "assert weekday_name(2000, 2, 29) == 'Tuesday'",
            "assert weekday_name(1969, 7, 20) == 'Sunday'",
            "assert weekday_name(2023, 12, 25) == 'Monday'",
            "assert weekday_name(2024, 3, 1) == 'Friday'",
        ],
        "poor_style": '''def weekday_name(year, month, day):
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    days = 0
    for y in range(1900, year):
        if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0:
            days = days + 366
        else:
            days = days + 365
    lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0:
        lengths[1] = 29
    for m in range(month - 1):
        days = days + lengths[m]
    days = days + day - 1
    if year < 1900:
        for y in range(year, 1900):
            if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0:
                days = days - 366
            else:
                days = days - 365
    return names[days % 7]
''',
        "partly_wrong": '''MONTH_OFFSETS = (0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4)
NAMES = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")


def weekday_name(year, month, day):
    index = (year + year // 4 - year // 100 + year // 400 + MONTH_OFFSETS[month - 1] + day) % 7
    return NAMES[index]
''',
    },
    {
        "id": "en_add_months",
        "category": "utilities",
        "prompt": (
            "Write a Python function `add_months(year, month, day, months)` that moves a date "
            "by a whole number of months (possibly negative) and returns the new (year, month, "
            "day). When the target month is shorter, clamp the day to its last day, so "
            "2024-01-31 plus one month is 2024-02-29. Do not use datetime."
        ),
        "entry_point": "add_months",
        "explanation": (
            "Count months from year 0 (year * 12 + month - 1), add the offset, and convert back "
            "with divmod, which handles negative offsets and year boundaries. Then clamp the "
            "day to the target month's length, taking leap years into account."
        ),
        "solution": '''MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def add_months(year: int, month: int, day: int, months: int) -> tuple[int, int, int]:
    new_year, month_index = divmod(year * 12 + month - 1 + months, 12)
    new_month = month_index + 1
    leap = new_year % 4 == 0 and (new_year % 100 != 0 or new_year % 400 == 0)
    length = 29 if new_month == 2 and leap else MONTH_LENGTHS[new_month - 1]
    return new_year, new_month, min(day, length)
''',
        "tests": [
            "assert add_months(2024, 1, 31, 1) == (2024, 2, 29)",
            "assert add_months(2023, 1, 31, 1) == (2023, 2, 28)",
            "assert add_months(2023, 11, 15, 3) == (2024, 2, 15)",
            "assert add_months(2024, 3, 31, -1) == (2024, 2, 29)",
            "assert add_months(2024, 1, 10, -13) == (2022, 12, 10)",
        ],
        "poor_style": '''def add_months(year, month, day, months):
    y = year
    m = month
    step = 1
    if months < 0:
        step = -1
    count = 0
    while count != months:
        m = m + step
        if m == 13:
            m = 1
            y = y + 1
        if m == 0:
            m = 12
            y = y - 1
        count = count + step
    lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0:
        lengths[1] = 29
    d = day
    if d > lengths[m - 1]:
        d = lengths[m - 1]
    return (y, m, d)
''',
        "partly_wrong": '''def add_months(year, month, day, months):
    new_year, month_index = divmod(year * 12 + month - 1 + months, 12)
    return new_year, month_index + 1, day
''',
    },
    {
        "id": "en_compact_count",
        "category": "utilities",
        "prompt": (
            "Write a Python function `compact_count(n)` that formats a non-negative count for "
            "display: below 1000 it is shown as is; otherwise it is divided by 1000, 1,000,000 "
            "or 1,000,000,000 and shown with one decimal and the suffix K, M or B (for example "
            "1234 -> \"1.2K\", 5_600_000 -> \"5.6M\")."
        ),
        "entry_point": "compact_count",
        "explanation": (
            "Try the units from the largest down and use the first one the number reaches; "
            "decimal units (powers of 1000, not 1024) are what readers expect for counts. "
            "Numbers below 1000 need no suffix."
        ),
        "solution": '''UNITS = ((1_000_000_000, "B"), (1_000_000, "M"), (1_000, "K"))


def compact_count(n: int) -> str:
    for size, suffix in UNITS:
        if n >= size:
            return f"{n / size:.1f}{suffix}"
    return str(n)
''',
        "tests": [
            "assert compact_count(999) == '999'",
            "assert compact_count(1234) == '1.2K'",
            "assert compact_count(5_600_000) == '5.6M'",
            "assert compact_count(2_000_000_000) == '2.0B'",
            "assert compact_count(0) == '0'",
        ],
        "poor_style": '''def compact_count(n):
    if n < 1000:
        return str(n)
    if n < 1000000:
        x = n / 1000
        return str(round(x, 1)) + "K" if "." in str(round(x, 1)) else str(round(x, 1)) + ".0K"
    if n < 1000000000:
        x = n / 1000000
        return str(round(x, 1)) + "M" if "." in str(round(x, 1)) else str(round(x, 1)) + ".0M"
    x = n / 1000000000
    return str(round(x, 1)) + "B" if "." in str(round(x, 1)) else str(round(x, 1)) + ".0B"
''',
        "partly_wrong": '''def compact_count(n):
    for size, suffix in ((1024 ** 3, "B"), (1024 ** 2, "M"), (1024, "K")):
        if n >= size:
            return f"{n / size:.1f}{suffix}"
    return str(n)
''',
    },
    {
        "id": "en_parse_flag",
        "category": "utilities",
        "prompt": (
            "Write a Python function `parse_flag(value)` that reads an on/off setting from a "
            "string, ignoring case and surrounding whitespace: \"1\", \"true\", \"yes\" and "
            "\"on\" mean True; \"0\", \"false\", \"no\", \"off\" and the empty string mean "
            "False; anything else raises ValueError."
        ),
        "entry_point": "parse_flag",
        "explanation": (
            "Normalise with strip().lower() and look the word up in two explicit sets; "
            "rejecting unknown words with ValueError catches typos such as 'ture' instead of "
            "silently treating them as off."
        ),
        "solution": '''TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def parse_flag(value: str) -> bool:
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(f"not a flag value: {value!r}")
''',
        "tests": [
            "assert parse_flag(' Yes ') is True",
            "assert parse_flag('OFF') is False",
            "assert parse_flag('') is False",
            "assert parse_flag('1') is True",
            "try:\n    parse_flag('ture')\nexcept ValueError:\n    pass\nelse:\n    raise AssertionError('no ValueError')",
        ],
        "poor_style": '''def parse_flag(value):
    v = value.strip().lower()
    if v == "1" or v == "true" or v == "yes" or v == "on":
        return True
    elif v == "0" or v == "false" or v == "no" or v == "off" or v == "":
        return False
    else:
        raise ValueError("bad value")
''',
        "partly_wrong": '''def parse_flag(value):
    return value.strip().lower() in {"1", "true", "yes", "on"}
''',
    },
    {
        "id": "en_running_product",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `running_product(nums)` that returns the list of running "
            "products of `nums`: the i-th item is nums[0] * nums[1] * ... * nums[i]. Use "
            "itertools.accumulate."
        ),
        "entry_point": "running_product",
        "explanation": (
            "itertools.accumulate applies a binary function cumulatively and yields every "
            "intermediate result; passing operator.mul turns its default running sum into a "
            "running product."
        ),
        "solution": '''import operator
from itertools import accumulate


def running_product(nums: list[int]) -> list[int]:
    return list(accumulate(nums, operator.mul))
''',
        "tests": [
            "assert running_product([1, 2, 3, 4]) == [1, 2, 6, 24]",
            "assert running_product([]) == []",
            "assert running_product([5]) == [5]",
            "assert running_product([2, 0, 7]) == [2, 0, 0]",
        ],
        "poor_style": '''def running_product(nums):
    out = []
    for i in range(len(nums)):
        p = 1
        for j in range(i + 1):
            p = p * nums[j]
        out.append(p)
    return out
''',
        "partly_wrong": '''from itertools import accumulate


def running_product(nums):
    return list(accumulate(nums))
''',
    },
    {
        "id": "en_count_by",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `count_by(items, key)` that returns a dict mapping each "
            "value of `key(item)` to how many items produced it, for example "
            "count_by(['apple', 'bob', 'cat'], len) gives {5: 1, 3: 2}."
        ),
        "entry_point": "count_by",
        "explanation": (
            "collections.Counter counts any iterable of hashable values, so feeding it "
            "map(key, items) does the grouping and counting in one pass; converting to a plain "
            "dict returns the type the caller asked for."
        ),
        "solution": '''from collections import Counter
from collections.abc import Callable, Hashable, Iterable


def count_by(items: Iterable, key: Callable[..., Hashable]) -> dict:
    return dict(Counter(map(key, items)))
''',
        "tests": [
            "assert count_by(['apple', 'bob', 'cat'], len) == {5: 1, 3: 2}",
            "assert count_by([], len) == {}",
            "assert count_by([1, 2, 3, 4, 5], lambda n: n % 2) == {1: 3, 0: 2}",
            "assert count_by(['a', 'b', 'c'], str.upper) == {'A': 1, 'B': 1, 'C': 1}",
        ],
        "poor_style": '''def count_by(items, key):
    result = {}
    for item in items:
        k = key(item)
        found = False
        for existing in result:
            if existing == k:
                found = True
        if found:
            result[k] = result[k] + 1
        else:
            result[k] = 1
    return result
''',
        "partly_wrong": '''def count_by(items, key):
    return {key(item): 1 for item in items}
''',
    },
    {
        "id": "en_apply_pipeline",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `apply_pipeline(value, functions)` that passes `value` "
            "through the list of one-argument functions from left to right (the output of each "
            "is the input of the next) and returns the final result. An empty list returns "
            "`value` unchanged."
        ),
        "entry_point": "apply_pipeline",
        "explanation": (
            "functools.reduce folds the list from the left with value as the starting "
            "accumulator, calling each function on the result so far; with no functions the "
            "initial value is returned as is."
        ),
        "solution": '''from collections.abc import Callable
from functools import reduce
from typing import Any


def apply_pipeline(value: Any, functions: list[Callable[[Any], Any]]) -> Any:
    return reduce(lambda result, function: function(result), functions, value)
''',
        "tests": [
            "assert apply_pipeline(3, [lambda x: x + 1, lambda x: x * 10]) == 40",
            "assert apply_pipeline('a', []) == 'a'",
            "assert apply_pipeline(' Hi ', [str.strip, str.upper]) == 'HI'",
            "assert apply_pipeline(2, [lambda x: x ** 3]) == 8",
        ],
        "poor_style": '''def apply_pipeline(value, functions):
    current = value
    i = 0
    while i < len(functions):
        f = functions[i]
        current = f(current)
        i = i + 1
    return current
''',
        "partly_wrong": '''def apply_pipeline(value, functions):
    for function in reversed(functions):
        value = function(value)
    return value
''',
    },
    {
        "id": "en_first_repeat",
        "category": "iterators_functional",
        "prompt": (
            "Write a Python function `first_repeat(iterable)` that returns the first item whose "
            "value has already been seen earlier in the iterable (items are hashable), reading "
            "no further than needed, or None if no item repeats. For example [1, 2, 3, 2, 1] "
            "gives 2."
        ),
        "entry_point": "first_repeat",
        "explanation": (
            "Remember the items seen so far in a set and return as soon as an item is already "
            "in it. The answer is the earliest second occurrence, which is not necessarily the "
            "item whose first occurrence is earliest."
        ),
        "solution": '''from collections.abc import Hashable, Iterable


def first_repeat(iterable: Iterable[Hashable]) -> Hashable | None:
    seen: set[Hashable] = set()
    for item in iterable:
        if item in seen:
            return item
        seen.add(item)
    return None
''',
        "tests": [
            "assert first_repeat([1, 2, 3, 2, 1]) == 2",
            "assert first_repeat([]) is None",
            "assert first_repeat('abcdb') == 'b'",
            "assert first_repeat(iter([7, 8, 7, 9])) == 7",
        ],
        "poor_style": '''def first_repeat(iterable):
    seen = []
    for item in iterable:
        for s in seen:
            if s == item:
                return item
        seen.append(item)
    return None
''',
        "partly_wrong": '''def first_repeat(iterable):
    items = list(iterable)
    for item in items:
        if items.count(item) > 1:
            return item
    return None
''',
    },
    {
        "id": "en_graph_complement",
        "category": "graphs",
        "prompt": (
            "Write a Python function `graph_complement(graph)` for a simple undirected graph "
            "given as an adjacency dict (every node is a key; each edge is listed in both "
            "neighbour lists). Return its complement: the same nodes, with an edge between two "
            "distinct nodes exactly when the original graph has none. Neighbour lists are sorted."
        ),
        "entry_point": "graph_complement",
        "explanation": (
            "For each node the complement's neighbours are all other nodes minus its current "
            "neighbours; removing the node itself keeps the complement free of self-loops. Set "
            "differences make each node O(V), and sorting gives a deterministic result."
        ),
        "solution": '''def graph_complement(graph: dict[int, list[int]]) -> dict[int, list[int]]:
    nodes = set(graph)
    return {node: sorted(nodes - set(neighbours) - {node}) for node, neighbours in graph.items()}
''',
        "tests": [
            "assert graph_complement({1: [2], 2: [1], 3: []}) == {1: [3], 2: [3], 3: [1, 2]}",
            "assert graph_complement({}) == {}",
            "assert graph_complement({1: []}) == {1: []}",
            "assert graph_complement({1: [2, 3], 2: [1, 3], 3: [1, 2]}) == {1: [], 2: [], 3: []}",
        ],
        "poor_style": '''def graph_complement(graph):
    result = {}
    for a in graph:
        lst = []
        for b in graph:
            if a != b:
                if b not in graph[a]:
                    lst.append(b)
        lst.sort()
        result[a] = lst
    return result
''',
        "partly_wrong": '''def graph_complement(graph):
    nodes = set(graph)
    return {node: sorted(nodes - set(neighbours)) for node, neighbours in graph.items()}
''',
    },
    {
        "id": "en_count_triangles",
        "category": "graphs",
        "prompt": (
            "Write a Python function `count_triangles(graph)` that counts the triangles (sets of "
            "three nodes all connected to each other) in an undirected graph given as an "
            "adjacency dict in which each edge appears in both neighbour lists."
        ),
        "entry_point": "count_triangles",
        "explanation": (
            "For every edge (u, v), the common neighbours of u and v close a triangle. Each "
            "triangle is then found once per ordered pair of its corners, six times in all, so "
            "the total is divided by six."
        ),
        "solution": '''def count_triangles(graph: dict[str, list[str]]) -> int:
    neighbours = {node: set(adjacent) for node, adjacent in graph.items()}
    found = sum(len(neighbours[u] & neighbours[v]) for u in neighbours for v in neighbours[u])
    return found // 6
''',
        "tests": [
            "assert count_triangles({'a': ['b', 'c'], 'b': ['a', 'c'], 'c': ['a', 'b']}) == 1",
            "assert count_triangles({}) == 0",
            "assert count_triangles({'a': ['b'], 'b': ['a', 'c'], 'c': ['b']}) == 0",
            "assert count_triangles({1: [2, 3, 4], 2: [1, 3, 4], 3: [1, 2, 4], 4: [1, 2, 3]}) == 4",
        ],
        "poor_style": '''def count_triangles(graph):
    nodes = list(graph.keys())
    count = 0
    for i in range(len(nodes)):
        for j in range(i + 1, len(nodes)):
            for k in range(j + 1, len(nodes)):
                a = nodes[i]
                b = nodes[j]
                c = nodes[k]
                if b in graph[a] and c in graph[a] and c in graph[b]:
                    count = count + 1
    return count
''',
        "partly_wrong": '''def count_triangles(graph):
    neighbours = {node: set(adjacent) for node, adjacent in graph.items()}
    return sum(len(neighbours[u] & neighbours[v]) for u in neighbours for v in neighbours[u]) // 2
''',
    },
    {
        "id": "en_longest_path_dag",
        "category": "graphs",
        "prompt": (
            "Write a Python function `longest_path_edges(graph)` that returns the number of "
            "edges on the longest path in a directed acyclic graph given as an adjacency dict "
            "(nodes may appear only as successors). A graph without edges gives 0."
        ),
        "entry_point": "longest_path_edges",
        "explanation": (
            "The longest path starting at a node is one more than the longest path starting at "
            "any successor. Memoising that value per node makes every node and edge be "
            "processed once, O(V + E), which is possible because the graph has no cycles."
        ),
        "solution": '''from functools import cache


def longest_path_edges(graph: dict[str, list[str]]) -> int:
    @cache
    def longest_from(node: str) -> int:
        return max((1 + longest_from(successor) for successor in graph.get(node, [])), default=0)

    return max((longest_from(node) for node in graph), default=0)
''',
        "tests": [
            "assert longest_path_edges({'a': ['b', 'c'], 'b': ['d'], 'c': [], 'd': []}) == 2",
            "assert longest_path_edges({}) == 0",
            "assert longest_path_edges({'a': [], 'b': []}) == 0",
            "assert longest_path_edges({'x': ['y'], 'z': ['x'], 'y': ['w']}) == 3",
        ],
        "poor_style": '''def longest_path_edges(graph):
    best = 0
    for start in graph:
        stack = [(start, 0)]
        while len(stack) > 0:
            node, length = stack.pop()
            if length > best:
                best = length
            if node in graph:
                for nxt in graph[node]:
                    stack.append((nxt, length + 1))
    return best
''',
        "partly_wrong": '''def longest_path_edges(graph):
    if not graph:
        return 0
    start = next(iter(graph))
    depth, frontier = 0, [start]
    while True:
        frontier = [s for node in frontier for s in graph.get(node, [])]
        if not frontier:
            return depth
        depth += 1
''',
    },
    {
        "id": "en_wallet_class",
        "category": "classes",
        "prompt": (
            "Write a Python class `Wallet` holding an amount of money in whole cents. "
            "`deposit(amount)` and `withdraw(amount)` take a positive integer (raise ValueError "
            "otherwise); withdrawing more than the balance raises ValueError and changes "
            "nothing. The read-only property `balance` returns the current amount, starting at 0."
        ),
        "entry_point": "Wallet",
        "explanation": (
            "Validate before mutating: both operations reject non-positive amounts, and "
            "withdraw checks the balance first, so a failed call leaves the wallet unchanged. "
            "Exposing balance as a property without a setter keeps callers from bypassing "
            "those checks."
        ),
        "solution": '''class Wallet:
    def __init__(self) -> None:
        self._cents = 0

    @property
    def balance(self) -> int:
        return self._cents

    def deposit(self, amount: int) -> None:
        self._check_positive(amount)
        self._cents += amount

    def withdraw(self, amount: int) -> None:
        self._check_positive(amount)
        if amount > self._cents:
            raise ValueError("insufficient funds")
        self._cents -= amount

    @staticmethod
    def _check_positive(amount: int) -> None:
        if amount <= 0:
            raise ValueError("amount must be positive")
''',
        "tests": [
            "assert (lambda w: (w.deposit(500), w.withdraw(200), w.balance)[-1])(Wallet()) == 300",
            "assert Wallet().balance == 0",
            "w = Wallet()\nw.deposit(100)\ntry:\n    w.withdraw(150)\nexcept ValueError:\n    pass\nelse:\n    raise AssertionError('no ValueError')\nassert w.balance == 100",
            "w = Wallet()\ntry:\n    w.deposit(-5)\nexcept ValueError:\n    pass\nelse:\n    raise AssertionError('no ValueError')\nassert w.balance == 0",
        ],
        "poor_style": '''class Wallet:
    def __init__(self):
        self.money = 0

    @property
    def balance(self):
        return self.money

    def deposit(self, amount):
        if amount > 0:
            self.money = self.money + amount
        else:
            raise ValueError("bad amount")

    def withdraw(self, amount):
        if amount > 0:
            if self.money - amount >= 0:
                self.money = self.money - amount
            else:
                raise ValueError("not enough")
        else:
            raise ValueError("bad amount")
''',
        "partly_wrong": '''class Wallet:
    def __init__(self):
        self.balance = 0

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount

    def withdraw(self, amount):
        self.balance -= amount
        if self.balance < 0:
            raise ValueError("insufficient funds")
''',
    },
    {
        "id": "en_half_open_interval",
        "category": "classes",
        "prompt": (
            "Write a Python class `Interval` for half-open integer intervals [start, end) with "
            "start <= end. It has `length()`, `contains(x)` (start <= x < end) and "
            "`overlaps(other)`, which is True when the two intervals share at least one "
            "integer, so [1, 3) and [3, 5) do not overlap."
        ),
        "entry_point": "Interval",
        "explanation": (
            "With half-open intervals the length is just end - start, and two non-empty "
            "intervals overlap exactly when each starts before the other ends. Empty intervals "
            "(start == end) contain nothing, so they never overlap anything."
        ),
        "solution": '''class Interval:
    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end

    def length(self) -> int:
        return self.end - self.start

    def contains(self, x: int) -> bool:
        return self.start <= x < self.end

    def overlaps(self, other: "Interval") -> bool:
        if self.length() == 0 or other.length() == 0:
            return False
        return self.start < other.end and other.start < self.end
''',
        "tests": [
            "assert Interval(1, 3).overlaps(Interval(3, 5)) is False",
            "assert Interval(1, 4).overlaps(Interval(3, 5)) is True",
            "assert Interval(2, 7).length() == 5",
            "assert Interval(2, 7).contains(7) is False and Interval(2, 7).contains(2) is True",
            "assert Interval(3, 3).overlaps(Interval(1, 5)) is False",
        ],
        "poor_style": '''class Interval:
    def __init__(self, start, end):
        self.start = start
        self.end = end

    def length(self):
        n = 0
        for i in range(self.start, self.end):
            n = n + 1
        return n

    def contains(self, x):
        if x >= self.start:
            if x < self.end:
                return True
        return False

    def overlaps(self, other):
        for x in range(self.start, self.end):
            if other.contains(x):
                return True
        return False
''',
        "partly_wrong": '''class Interval:
    def __init__(self, start, end):
        self.start = start
        self.end = end

    def length(self):
        return self.end - self.start

    def contains(self, x):
        return self.start <= x <= self.end

    def overlaps(self, other):
        return self.start <= other.end and other.start <= self.end
''',
    },
    {
        "id": "en_event_log",
        "category": "classes",
        "prompt": (
            "Write a Python class `EventLog`. `record(timestamp, name)` stores an event (events "
            "may arrive out of order); `between(start, end)` returns the names of the events "
            "with start <= timestamp <= end, ordered by timestamp (events with the same "
            "timestamp in the order they were recorded); `count()` returns how many events are "
            "stored."
        ),
        "entry_point": "EventLog",
        "explanation": (
            "Events are kept as (timestamp, sequence number, name) in a list kept sorted with "
            "bisect.insort; the sequence number preserves recording order among equal "
            "timestamps. A query then bisects to the first event at or after start and walks "
            "forward until end."
        ),
        "solution": '''from bisect import bisect_left, insort


class EventLog:
    def __init__(self) -> None:
        self._events: list[tuple[float, int, str]] = []

    def record(self, timestamp: float, name: str) -> None:
        insort(self._events, (timestamp, len(self._events), name))

    def between(self, start: float, end: float) -> list[str]:
        names = []
        for timestamp, _, name in self._events[bisect_left(self._events, (start,)):]:
            if timestamp > end:
                break
            names.append(name)
        return names

    def count(self) -> int:
        return len(self._events)
''',
        "tests": [
            "log = EventLog()\nlog.record(5, 'e')\nlog.record(3, 'c')\nlog.record(1, 'a')\nassert log.between(1, 4) == ['a', 'c']",
            "assert EventLog().between(0, 10) == []",
            "log = EventLog()\nlog.record(2, 'x')\nlog.record(2, 'y')\nassert log.between(2, 2) == ['x', 'y']",
            "log = EventLog()\nlog.record(1, 'a')\nlog.record(9, 'b')\nassert log.count() == 2",
        ],
        "poor_style": '''class EventLog:
    def __init__(self):
        self.items = []

    def record(self, timestamp, name):
        self.items.append([timestamp, name])

    def between(self, start, end):
        chosen = []
        for item in self.items:
            if item[0] >= start and item[0] <= end:
                chosen.append(item)
        for i in range(len(chosen)):
            for j in range(len(chosen) - 1 - i):
                if chosen[j][0] > chosen[j + 1][0]:
                    chosen[j], chosen[j + 1] = chosen[j + 1], chosen[j]
        names = []
        for c in chosen:
            names.append(c[1])
        return names

    def count(self):
        return len(self.items)
''',
        "partly_wrong": '''class EventLog:
    def __init__(self):
        self.events = []

    def record(self, timestamp, name):
        self.events.append((timestamp, name))

    def between(self, start, end):
        return [name for timestamp, name in self.events if start <= timestamp <= end]

    def count(self):
        return len(self.events)
''',
    },
    {
        "id": "en_money_class",
        "category": "classes",
        "prompt": (
            "Write a Python class `Money` that stores an amount as an integer number of cents "
            "to avoid floating-point errors. `Money.parse(text)` builds one from a string such "
            "as \"12.34\", \"7\" or \"0.5\" (at most two decimals); `+` adds two amounts; "
            "`str()` always shows two decimals (\"12.34\", \"7.00\", \"0.50\")."
        ),
        "entry_point": "Money",
        "explanation": (
            "Parsing splits on the decimal point and pads the fraction to two digits, so no "
            "float ever holds the amount and 0.1 + 0.2 adds up exactly. Formatting uses divmod "
            "by 100 and zero-pads the cents."
        ),
        "solution": '''class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    @classmethod
    def parse(cls, text: str) -> "Money":
        whole, _, fraction = text.partition(".")
        return cls(int(whole) * 100 + int(fraction.ljust(2, "0")))

    def __add__(self, other: "Money") -> "Money":
        return Money(self.cents + other.cents)

    def __str__(self) -> str:
        whole, cents = divmod(self.cents, 100)
        return f"{whole}.{cents:02d}"
''',
        "tests": [
            "assert str(Money.parse('12.34')) == '12.34'",
            "assert str(Money.parse('7')) == '7.00'",
            "assert str(Money.parse('0.5')) == '0.50'",
            "assert str(Money.parse('0.1') + Money.parse('0.2')) == '0.30'",
            "assert Money.parse('4.35').cents == 435",
        ],
        "poor_style": '''class Money:
    def __init__(self, cents):
        self.cents = cents

    @classmethod
    def parse(cls, text):
        if "." in text:
            parts = text.split(".")
            a = parts[0]
            b = parts[1]
            if len(b) == 1:
                b = b + "0"
            if len(b) == 0:
                b = "00"
            return cls(int(a) * 100 + int(b))
        else:
            return cls(int(text) * 100)

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __str__(self):
        c = str(self.cents % 100)
        if len(c) == 1:
            c = "0" + c
        return str(self.cents // 100) + "." + c
''',
        "partly_wrong": '''class Money:
    def __init__(self, cents):
        self.cents = cents

    @classmethod
    def parse(cls, text):
        return cls(int(float(text) * 100))

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __str__(self):
        return f"{self.cents / 100:.2f}"
''',
    },
    {
        "id": "en_swap_nibbles",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `swap_nibbles(byte)` that swaps the high and low 4-bit "
            "halves of a value from 0 to 255 and returns the new byte, for example 0xAB becomes "
            "0xBA and 0x0F becomes 0xF0."
        ),
        "entry_point": "swap_nibbles",
        "explanation": (
            "Shift the low nibble up by four and mask it to 8 bits, shift the high nibble down "
            "by four, and OR the halves together. The mask matters: without it the old high "
            "nibble would end up above bit 7."
        ),
        "solution": '''def swap_nibbles(byte: int) -> int:
    return ((byte << 4) & 0xF0) | (byte >> 4)
''',
        "tests": [
            "assert swap_nibbles(0xAB) == 0xBA",
            "assert swap_nibbles(0x0F) == 0xF0",
            "assert swap_nibbles(0) == 0",
            "assert swap_nibbles(0x10) == 0x01",
        ],
        "poor_style": '''def swap_nibbles(byte):
    high = byte // 16
    low = byte % 16
    result = low * 16 + high
    return result
''',
        "partly_wrong": '''def swap_nibbles(byte):
    return (byte << 4) | (byte >> 4)
''',
    },
    {
        "id": "en_set_bit_positions",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `set_bit_positions(n)` that returns the positions of the "
            "set bits of the non-negative integer `n` in ascending order, bit 0 being the least "
            "significant. For example 10 (0b1010) gives [1, 3]."
        ),
        "entry_point": "set_bit_positions",
        "explanation": (
            "Repeatedly isolate the lowest set bit with n & -n, record its position with "
            "bit_length() - 1 and clear it with n &= n - 1; the loop runs once per set bit and "
            "yields positions in ascending order."
        ),
        "solution": '''def set_bit_positions(n: int) -> list[int]:
    positions = []
    while n:
        positions.append((n & -n).bit_length() - 1)
        n &= n - 1
    return positions
''',
        "tests": [
            "assert set_bit_positions(10) == [1, 3]",
            "assert set_bit_positions(0) == []",
            "assert set_bit_positions(1) == [0]",
            "assert set_bit_positions(2**50 + 4) == [2, 50]",
        ],
        "poor_style": '''def set_bit_positions(n):
    s = bin(n)[2:]
    s = s[::-1]
    out = []
    for i in range(len(s)):
        if s[i] == "1":
            out.append(i)
    return out
''',
        "partly_wrong": '''def set_bit_positions(n):
    positions = []
    position = 1
    while n:
        if n & 1:
            positions.append(position)
        n >>= 1
        position += 1
    return positions
''',
    },
    {
        "id": "en_flip_bit_range",
        "category": "bit_manipulation",
        "prompt": (
            "Write a Python function `flip_bit_range(n, low, high)` that inverts bits `low` "
            "through `high` of the non-negative integer `n`, both ends included (bit 0 is the "
            "least significant), leaving the other bits unchanged."
        ),
        "entry_point": "flip_bit_range",
        "explanation": (
            "Build a mask of high - low + 1 ones, ((1 << count) - 1), shift it up to bit low, "
            "and XOR it into n: XOR with 1 flips a bit and XOR with 0 leaves it alone."
        ),
        "solution": '''def flip_bit_range(n: int, low: int, high: int) -> int:
    mask = ((1 << (high - low + 1)) - 1) << low
    return n ^ mask
''',
        "tests": [
            "assert flip_bit_range(0b0000, 1, 2) == 0b0110",
            "assert flip_bit_range(0b1111, 0, 3) == 0",
            "assert flip_bit_range(0b1010, 0, 0) == 0b1011",
            "assert flip_bit_range(5, 4, 5) == 53",
        ],
        "poor_style": '''def flip_bit_range(n, low, high):
    result = n
    for i in range(low, high + 1):
        if (result >> i) % 2 == 1:
            result = result - 2 ** i
        else:
            result = result + 2 ** i
    return result
''',
        "partly_wrong": '''def flip_bit_range(n, low, high):
    mask = ((1 << (high - low + 1)) - 1) << low
    return n | mask
''',
    },
]
