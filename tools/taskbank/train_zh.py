"""Chinese-prompt training tasks (hand-written for this project)."""

TASKS = [
    {
        "id": "zh_bubble_sort",
        "category": "sorting",
        "prompt": "用Python实现冒泡排序：编写函数 `bubble_sort(nums)`，接收一个整数列表 nums，返回按升序排列的新列表，不修改原列表。要求使用冒泡排序（反复比较并交换相邻元素），并在某一轮没有发生任何交换时提前结束。",
        "entry_point": "bubble_sort",
        "explanation": "冒泡排序每一轮把当前未排序部分的最大值“冒”到末尾，因此第 i 轮只需比较前 n-1-i 对相邻元素。如果某一轮没有发生交换，说明列表已经有序，可以提前结束；最坏时间复杂度 O(n^2)。",
        "solution": '''def bubble_sort(nums: list[int]) -> list[int]:
    """Return a new list with the elements of nums in ascending order."""
    arr = list(nums)
    n = len(arr)
    for i in range(n - 1):
        swapped = False
        for j in range(n - 1 - i):
            if arr[j] > arr[j + 1]:
                arr[j], arr[j + 1] = arr[j + 1], arr[j]
                swapped = True
        if not swapped:
            break
    return arr
''',
        "tests": [
            "assert bubble_sort([5, 2, 9, 1]) == [1, 2, 5, 9]",
            "assert bubble_sort([]) == []",
            "assert bubble_sort([3, 3, 1]) == [1, 3, 3]",
            "assert bubble_sort([1, 2, 3]) == [1, 2, 3]",
            "assert bubble_sort([-1, 10, -5, 0]) == [-5, -1, 0, 10]",
        ],
        "poor_style": '''def bubble_sort(nums):
    a = []
    for x in nums:
        a.append(x)
    flag = True
    while flag == True:
        flag = False
        for i in range(0, len(a)):
            for j in range(0, len(a) - 1):
                if a[j] > a[j + 1]:
                    t = a[j]
                    a[j] = a[j + 1]
                    a[j + 1] = t
                    flag = True
    return a
''',
        "partly_wrong": '''def bubble_sort(nums):
    arr = list(nums)
    n = len(arr)
    for i in range(n - 1):
        swapped = False
        for j in range(n - 2 - i):
            if arr[j] > arr[j + 1]:
                arr[j], arr[j + 1] = arr[j + 1], arr[j]
                swapped = True
        if not swapped:
            break
    return arr
''',
    },
    {
        "id": "zh_selection_sort",
        "category": "sorting",
        "prompt": "用Python实现选择排序：编写函数 `selection_sort(nums)`，接收整数列表 nums，返回升序排列的新列表（不修改原列表）。每一轮从未排序部分选出最小元素，与未排序部分的第一个元素交换。",
        "entry_point": "selection_sort",
        "explanation": "选择排序把列表分为已排序前缀和未排序后缀，每轮在后缀中找到最小值并交换到后缀开头。无论输入如何都要做约 n^2/2 次比较，时间复杂度 O(n^2)，但交换次数最多 n-1 次。",
        "solution": '''def selection_sort(nums: list[int]) -> list[int]:
    arr = list(nums)
    n = len(arr)
    for i in range(n - 1):
        min_index = i
        for j in range(i + 1, n):
            if arr[j] < arr[min_index]:
                min_index = j
        arr[i], arr[min_index] = arr[min_index], arr[i]
    return arr
''',
        "tests": [
            "assert selection_sort([4, 1, 3, 2]) == [1, 2, 3, 4]",
            "assert selection_sort([]) == []",
            "assert selection_sort([2, 1]) == [1, 2]",
            "assert selection_sort([1]) == [1]",
            "assert selection_sort([5, 5, 5]) == [5, 5, 5]",
        ],
        "poor_style": '''def selection_sort(nums):
    l = list(nums)
    r = []
    while len(l) > 0:
        m = l[0]
        for k in range(len(l)):
            if l[k] < m:
                m = l[k]
        r.append(m)
        l.remove(m)
    return r
''',
        "partly_wrong": '''def selection_sort(nums):
    arr = list(nums)
    n = len(arr)
    for i in range(n - 1):
        min_index = i
        for j in range(i + 1, n - 1):
            if arr[j] < arr[min_index]:
                min_index = j
        arr[i], arr[min_index] = arr[min_index], arr[i]
    return arr
''',
    },
    {
        "id": "zh_insertion_sort",
        "category": "sorting",
        "prompt": "用Python实现插入排序：编写函数 `insertion_sort(nums)`，返回把整数列表 nums 按升序排列后的新列表，原列表保持不变。做法是依次把每个元素插入到它前面已经有序的部分中的正确位置。",
        "entry_point": "insertion_sort",
        "explanation": "插入排序维护一个有序前缀，把下一个元素暂存为 key，将前缀中比 key 大的元素依次右移，再把 key 放进空出的位置。对几乎有序的数据很快，最坏时间复杂度 O(n^2)，且是稳定排序。",
        "solution": '''def insertion_sort(nums: list[int]) -> list[int]:
    arr = list(nums)
    for i in range(1, len(arr)):
        key = arr[i]
        j = i - 1
        while j >= 0 and arr[j] > key:
            arr[j + 1] = arr[j]
            j -= 1
        arr[j + 1] = key
    return arr
''',
        "tests": [
            "assert insertion_sort([3, 1, 2]) == [1, 2, 3]",
            "assert insertion_sort([]) == []",
            "assert insertion_sort([1, 2, 3]) == [1, 2, 3]",
            "assert insertion_sort([9, -2, 7, -2, 0]) == [-2, -2, 0, 7, 9]",
        ],
        "poor_style": '''def insertion_sort(nums):
    res = []
    for x in nums:
        done = False
        pos = 0
        for k in range(len(res)):
            if done == False:
                if res[k] > x:
                    pos = k
                    done = True
        if done == False:
            pos = len(res)
        res.insert(pos, x)
    return res
''',
        "partly_wrong": '''def insertion_sort(nums):
    arr = list(nums)
    for i in range(1, len(arr)):
        key = arr[i]
        j = i - 1
        while j > 0 and arr[j] > key:
            arr[j + 1] = arr[j]
            j -= 1
        arr[j + 1] = key
    return arr
''',
    },
    {
        "id": "zh_merge_sort",
        "category": "sorting",
        "prompt": "用Python实现归并排序：编写函数 `merge_sort(nums)`，采用分治法把整数列表 nums 排成升序并返回新列表。先递归地排序左右两半，再把两个有序列表合并。",
        "entry_point": "merge_sort",
        "explanation": "归并排序把列表一分为二，分别递归排序后再用双指针合并两个有序子列表。递归深度为 O(log n)，每层合并耗时 O(n)，总时间复杂度 O(n log n)，并且是稳定排序。",
        "solution": '''def merge_sort(nums: list[int]) -> list[int]:
    if len(nums) <= 1:
        return list(nums)
    mid = len(nums) // 2
    left = merge_sort(nums[:mid])
    right = merge_sort(nums[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged
''',
        "tests": [
            "assert merge_sort([3, 1, 2]) == [1, 2, 3]",
            "assert merge_sort([]) == []",
            "assert merge_sort([1]) == [1]",
            "assert merge_sort([5, -1, 5, 0, 3, 2]) == [-1, 0, 2, 3, 5, 5]",
        ],
        "poor_style": '''def merge_sort(nums):
    if len(nums) == 0:
        return []
    if len(nums) == 1:
        return [nums[0]]
    m = int(len(nums) / 2)
    a = merge_sort(nums[0:m])
    b = merge_sort(nums[m:len(nums)])
    c = []
    while len(a) > 0 or len(b) > 0:
        if len(a) == 0:
            c = c + [b.pop(0)]
        elif len(b) == 0:
            c = c + [a.pop(0)]
        elif a[0] <= b[0]:
            c = c + [a.pop(0)]
        else:
            c = c + [b.pop(0)]
    return c
''',
        "partly_wrong": '''def merge_sort(nums):
    if len(nums) <= 1:
        return list(nums)
    mid = len(nums) // 2
    left = merge_sort(nums[:mid])
    right = merge_sort(nums[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    return merged
''',
    },
    {
        "id": "zh_quick_sort",
        "category": "sorting",
        "prompt": "用Python实现快速排序：编写函数 `quick_sort(nums)`，返回整数列表 nums 升序排列后的新列表。选取一个基准值，把元素划分为小于、等于、大于基准的三部分，再递归排序两侧。注意列表中可能有重复元素。",
        "entry_point": "quick_sort",
        "explanation": "快速排序以中间元素为基准做三路划分，把等于基准的元素单独放在中间，这样重复元素不会丢失也不会导致无限递归。平均时间复杂度 O(n log n)，最坏 O(n^2)。",
        "solution": '''def quick_sort(nums: list[int]) -> list[int]:
    if len(nums) <= 1:
        return list(nums)
    pivot = nums[len(nums) // 2]
    less = [x for x in nums if x < pivot]
    equal = [x for x in nums if x == pivot]
    greater = [x for x in nums if x > pivot]
    return quick_sort(less) + equal + quick_sort(greater)
''',
        "tests": [
            "assert quick_sort([3, 6, 1, 8]) == [1, 3, 6, 8]",
            "assert quick_sort([2, 2, 1]) == [1, 2, 2]",
            "assert quick_sort([]) == []",
            "assert quick_sort([4, 4, 4, 4]) == [4, 4, 4, 4]",
            "assert quick_sort([10, -3, 7, 0, -3]) == [-3, -3, 0, 7, 10]",
        ],
        "poor_style": '''def quick_sort(nums):
    if len(nums) == 0:
        return []
    if len(nums) == 1:
        return [nums[0]]
    p = nums[0]
    a = []
    b = []
    for i in range(1, len(nums)):
        if nums[i] < p:
            a.append(nums[i])
        else:
            if nums[i] >= p:
                b.append(nums[i])
    return quick_sort(a) + [p] + quick_sort(b)
''',
        "partly_wrong": '''def quick_sort(nums):
    if len(nums) <= 1:
        return list(nums)
    pivot = nums[len(nums) // 2]
    less = [x for x in nums if x < pivot]
    greater = [x for x in nums if x > pivot]
    return quick_sort(less) + [pivot] + quick_sort(greater)
''',
    },
    {
        "id": "zh_counting_sort",
        "category": "sorting",
        "prompt": "用Python实现计数排序：编写函数 `counting_sort(nums)`，nums 是非负整数列表（可能为空），返回升序排列的新列表。要求先统计每个值出现的次数，再按值从小到大输出，不要使用内置 sorted。",
        "entry_point": "counting_sort",
        "explanation": "计数排序开一个长度为 max+1 的计数数组，统计每个值的出现次数，然后按下标顺序把每个值重复输出相应次数。时间复杂度 O(n + k)，其中 k 是最大值；空列表需要单独处理，因为 max 不能作用于空序列。",
        "solution": '''def counting_sort(nums: list[int]) -> list[int]:
    if not nums:
        return []
    counts = [0] * (max(nums) + 1)
    for x in nums:
        counts[x] += 1
    result = []
    for value, count in enumerate(counts):
        result.extend([value] * count)
    return result
''',
        "tests": [
            "assert counting_sort([4, 2, 2, 8, 3, 3, 1]) == [1, 2, 2, 3, 3, 4, 8]",
            "assert counting_sort([]) == []",
            "assert counting_sort([0]) == [0]",
            "assert counting_sort([5, 0, 5, 0]) == [0, 0, 5, 5]",
        ],
        "poor_style": '''def counting_sort(nums):
    out = []
    if len(nums) > 0:
        big = 0
        for x in nums:
            if x > big:
                big = x
        for v in range(0, big + 1):
            for x in nums:
                if x == v:
                    out.append(x)
    return out
''',
        "partly_wrong": '''def counting_sort(nums):
    counts = [0] * (max(nums) + 1)
    for x in nums:
        counts[x] += 1
    result = []
    for value, count in enumerate(counts):
        result.extend([value] * count)
    return result
''',
    },
    {
        "id": "zh_merge_two_sorted",
        "category": "sorting",
        "prompt": "用Python合并两个有序列表：编写函数 `merge_two_sorted(a, b)`，a 和 b 都是升序整数列表（可能为空），返回包含两者全部元素的升序新列表。要求用双指针在线性时间内完成。",
        "entry_point": "merge_two_sorted",
        "explanation": "用两个指针分别指向 a 和 b 的当前元素，每次取较小者放入结果并移动对应指针。某一方耗尽后，把另一方剩余部分整体追加即可，时间复杂度 O(len(a) + len(b))。",
        "solution": '''def merge_two_sorted(a: list[int], b: list[int]) -> list[int]:
    result = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            result.append(a[i])
            i += 1
        else:
            result.append(b[j])
            j += 1
    result.extend(a[i:])
    result.extend(b[j:])
    return result
''',
        "tests": [
            "assert merge_two_sorted([1, 3, 5], [2, 4, 6]) == [1, 2, 3, 4, 5, 6]",
            "assert merge_two_sorted([], [1, 2]) == [1, 2]",
            "assert merge_two_sorted([1, 2], []) == [1, 2]",
            "assert merge_two_sorted([1, 1], [1]) == [1, 1, 1]",
        ],
        "poor_style": '''def merge_two_sorted(a, b):
    c = a + b
    n = len(c)
    changed = True
    while changed:
        changed = False
        for i in range(n - 1):
            if c[i] > c[i + 1]:
                c[i], c[i + 1] = c[i + 1], c[i]
                changed = True
    return c
''',
        "partly_wrong": '''def merge_two_sorted(a, b):
    result = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            result.append(a[i])
            i += 1
        else:
            result.append(b[j])
            j += 1
    return result + a[i:]
''',
    },
    {
        "id": "zh_sort_by_frequency",
        "category": "sorting",
        "prompt": "用Python按出现频率排序：编写函数 `sort_by_frequency(nums)`，返回一个新列表，其中元素按出现次数从多到少排列；出现次数相同的元素按数值从小到大排列。例如 [4, 6, 4, 2, 6, 6] 返回 [6, 6, 6, 4, 4, 2]。",
        "entry_point": "sort_by_frequency",
        "explanation": "先用 collections.Counter 统计每个数的出现次数，再以 (-次数, 数值) 作为排序键，这样次数多的在前，次数相同时数值小的在前。整体时间复杂度 O(n log n)。",
        "solution": '''from collections import Counter


def sort_by_frequency(nums: list[int]) -> list[int]:
    counts = Counter(nums)
    return sorted(nums, key=lambda x: (-counts[x], x))
''',
        "tests": [
            "assert sort_by_frequency([4, 6, 4, 2, 6, 6]) == [6, 6, 6, 4, 4, 2]",
            "assert sort_by_frequency([3, 1, 3, 1]) == [1, 1, 3, 3]",
            "assert sort_by_frequency([]) == []",
            "assert sort_by_frequency([5, -1, 2]) == [-1, 2, 5]",
        ],
        "poor_style": '''def sort_by_frequency(nums):
    tmp = []
    for x in nums:
        tmp.append(x)
    res = sorted(tmp, key=lambda x: (-nums.count(x), x))
    final = []
    for i in range(len(res)):
        final.append(res[i])
    return final
''',
        "partly_wrong": '''from collections import Counter


def sort_by_frequency(nums):
    counts = Counter(nums)
    return sorted(nums, key=lambda x: -counts[x])
''',
    },
    {
        "id": "zh_sort_words_by_length",
        "category": "sorting",
        "prompt": "用Python对单词排序：编写函数 `sort_words_by_length(words)`，接收字符串列表 words，返回新列表，按字符串长度升序排列；长度相同的按字典序（Python 默认字符串比较）升序排列。",
        "entry_point": "sort_words_by_length",
        "explanation": "使用 sorted 并以元组 (len(w), w) 作为排序键，先比较长度，长度相同时再比较字符串本身。Python 的元组比较天然支持这种多级排序。",
        "solution": '''def sort_words_by_length(words: list[str]) -> list[str]:
    return sorted(words, key=lambda w: (len(w), w))
''',
        "tests": [
            "assert sort_words_by_length(['pear', 'fig', 'apple', 'kiwi']) == ['fig', 'kiwi', 'pear', 'apple']",
            "assert sort_words_by_length([]) == []",
            "assert sort_words_by_length(['bb', 'a', 'ccc']) == ['a', 'bb', 'ccc']",
            "assert sort_words_by_length(['dog', 'cat', 'ant']) == ['ant', 'cat', 'dog']",
        ],
        "poor_style": '''def sort_words_by_length(words):
    w = list(words)
    for i in range(len(w)):
        for j in range(len(w)):
            if len(w[i]) < len(w[j]) or (len(w[i]) == len(w[j]) and w[i] < w[j]):
                w[i], w[j] = w[j], w[i]
    return w
''',
        "partly_wrong": '''def sort_words_by_length(words):
    return sorted(words, key=len)
''',
    },
    {
        "id": "zh_kth_largest",
        "category": "sorting",
        "prompt": "用Python求第 k 大的元素：编写函数 `kth_largest(nums, k)`，返回整数列表 nums 按降序排列后第 k 个位置上的元素（1 <= k <= len(nums)）。重复的值分别计数，例如 [3, 3, 1] 中第 2 大的是 3。",
        "entry_point": "kth_largest",
        "explanation": "heapq.nlargest(k, nums) 用大小为 k 的堆取出最大的 k 个元素，按降序返回，其最后一个就是第 k 大。时间复杂度 O(n log k)，比完整排序更省。",
        "solution": '''import heapq


def kth_largest(nums: list[int], k: int) -> int:
    return heapq.nlargest(k, nums)[-1]
''',
        "tests": [
            "assert kth_largest([9, 4, 7, 1, 8], 2) == 8",
            "assert kth_largest([6, 6, 5, 2, 6, 3], 3) == 6",
            "assert kth_largest([7], 1) == 7",
            "assert kth_largest([3, 3, 1], 2) == 3",
        ],
        "poor_style": '''def kth_largest(nums, k):
    c = list(nums)
    cnt = 0
    while cnt < k - 1:
        big = c[0]
        for v in c:
            if v > big:
                big = v
        c.remove(big)
        cnt = cnt + 1
    big = c[0]
    for v in c:
        if v > big:
            big = v
    return big
''',
        "partly_wrong": '''def kth_largest(nums, k):
    return sorted(set(nums), reverse=True)[k - 1]
''',
    },
    {
        "id": "zh_sort_three_colors",
        "category": "sorting",
        "prompt": "用Python实现荷兰国旗问题：编写函数 `sort_three_colors(nums)`，nums 只包含 0、1、2 三种值，返回排好序的新列表。要求只遍历一遍，使用 low、mid、high 三个指针完成划分，不使用 sorted 或计数。",
        "entry_point": "sort_three_colors",
        "explanation": "low 左侧全是 0，high 右侧全是 2，mid 扫描未处理区域：遇到 0 与 low 交换并同时前移，遇到 1 直接前移，遇到 2 与 high 交换后只收缩 high。换过来的元素还没检查，所以此时 mid 不能前移。",
        "solution": '''def sort_three_colors(nums: list[int]) -> list[int]:
    arr = list(nums)
    low, mid, high = 0, 0, len(arr) - 1
    while mid <= high:
        if arr[mid] == 0:
            arr[low], arr[mid] = arr[mid], arr[low]
            low += 1
            mid += 1
        elif arr[mid] == 1:
            mid += 1
        else:
            arr[mid], arr[high] = arr[high], arr[mid]
            high -= 1
    return arr
''',
        "tests": [
            "assert sort_three_colors([1, 0, 2, 2, 0, 1]) == [0, 0, 1, 1, 2, 2]",
            "assert sort_three_colors([1, 2, 0]) == [0, 1, 2]",
            "assert sort_three_colors([]) == []",
            "assert sort_three_colors([1, 1]) == [1, 1]",
        ],
        "poor_style": '''def sort_three_colors(nums):
    result = []
    for value in [0, 1, 2]:
        found = 0
        for x in nums:
            if x == value:
                found = found + 1
        i = 0
        while i < found:
            result.append(value)
            i = i + 1
    return result
''',
        "partly_wrong": '''def sort_three_colors(nums):
    arr = list(nums)
    low, mid, high = 0, 0, len(arr) - 1
    while mid <= high:
        if arr[mid] == 0:
            arr[low], arr[mid] = arr[mid], arr[low]
            low += 1
            mid += 1
        elif arr[mid] == 1:
            mid += 1
        else:
            arr[mid], arr[high] = arr[high], arr[mid]
            high -= 1
            mid += 1
    return arr
''',
    },
    {
        "id": "zh_count_inversions",
        "category": "sorting",
        "prompt": "用Python统计逆序对：编写函数 `count_inversions(nums)`，返回整数列表 nums 中满足 i < j 且 nums[i] > nums[j] 的下标对数量（相等的元素不算逆序）。要求借助归并排序在 O(n log n) 时间内完成。",
        "entry_point": "count_inversions",
        "explanation": "在归并排序的合并阶段，如果右半部分的元素 right[j] 先于 left[i] 被放入结果，说明 left[i:] 中所有元素都比它大，一次性累加 len(left) - i 个逆序对。左右两半内部的逆序对由递归负责统计。",
        "solution": '''def count_inversions(nums: list[int]) -> int:
    def sort_count(arr: list[int]) -> tuple[list[int], int]:
        if len(arr) <= 1:
            return arr, 0
        mid = len(arr) // 2
        left, inv_left = sort_count(arr[:mid])
        right, inv_right = sort_count(arr[mid:])
        merged = []
        inversions = inv_left + inv_right
        i = j = 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                merged.append(left[i])
                i += 1
            else:
                merged.append(right[j])
                inversions += len(left) - i
                j += 1
        merged.extend(left[i:])
        merged.extend(right[j:])
        return merged, inversions

    return sort_count(list(nums))[1]
''',
        "tests": [
            "assert count_inversions([4, 1, 3, 2]) == 4",
            "assert count_inversions([]) == 0",
            "assert count_inversions([5, 4, 3, 2, 1]) == 10",
            "assert count_inversions([1, 1, 1]) == 0",
            "assert count_inversions([3, 1, 2, 1]) == 4",
        ],
        "poor_style": '''def count_inversions(nums):
    c = 0
    for i in range(len(nums)):
        for j in range(len(nums)):
            if i < j:
                if nums[i] > nums[j]:
                    c = c + 1
    return c
''',
        "partly_wrong": '''def count_inversions(nums):
    count = 0
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] >= nums[j]:
                count += 1
    return count
''',
    },
    {
        "id": "zh_heap_sort",
        "category": "sorting",
        "prompt": "用Python实现堆排序：编写函数 `heap_sort(nums)`，不使用 heapq 模块，自己实现下沉（sift down）操作：先把列表建成大顶堆，再反复把堆顶与末尾交换并缩小堆，返回升序排列的新列表。",
        "entry_point": "heap_sort",
        "explanation": "建堆时从最后一个非叶子结点 n//2-1 开始倒序下沉，得到大顶堆；之后每次把堆顶（当前最大值）换到末尾，并对新堆顶下沉。建堆 O(n)，排序阶段 O(n log n)，额外空间 O(1)。",
        "solution": '''def heap_sort(nums: list[int]) -> list[int]:
    arr = list(nums)

    def sift_down(root: int, size: int) -> None:
        while True:
            largest = root
            left, right = 2 * root + 1, 2 * root + 2
            if left < size and arr[left] > arr[largest]:
                largest = left
            if right < size and arr[right] > arr[largest]:
                largest = right
            if largest == root:
                return
            arr[root], arr[largest] = arr[largest], arr[root]
            root = largest

    n = len(arr)
    for i in range(n // 2 - 1, -1, -1):
        sift_down(i, n)
    for end in range(n - 1, 0, -1):
        arr[0], arr[end] = arr[end], arr[0]
        sift_down(0, end)
    return arr
''',
        "tests": [
            "assert heap_sort([1, 5, 3]) == [1, 3, 5]",
            "assert heap_sort([]) == []",
            "assert heap_sort([9]) == [9]",
            "assert heap_sort([4, 10, 3, 5, 1, 4]) == [1, 3, 4, 4, 5, 10]",
        ],
        "poor_style": '''def heap_sort(nums):
    work = list(nums)
    backwards = []
    while len(work) != 0:
        m = max(work)
        backwards.append(m)
        work.remove(m)
    out = []
    for i in range(len(backwards) - 1, -1, -1):
        out.append(backwards[i])
    return out
''',
        "partly_wrong": '''def heap_sort(nums):
    arr = list(nums)

    def sift_down(root, size):
        while True:
            largest = root
            left, right = 2 * root + 1, 2 * root + 2
            if left < size and arr[left] > arr[largest]:
                largest = left
            if right < size and arr[right] > arr[largest]:
                largest = right
            if largest == root:
                return
            arr[root], arr[largest] = arr[largest], arr[root]
            root = largest

    n = len(arr)
    for i in range(n // 2 - 1, 0, -1):
        sift_down(i, n)
    for end in range(n - 1, 0, -1):
        arr[0], arr[end] = arr[end], arr[0]
        sift_down(0, end)
    return arr
''',
    },
    {
        "id": "zh_binary_search",
        "category": "searching",
        "prompt": "用Python实现二分查找算法：编写函数 `binary_search(nums, target)`，在升序整数列表 nums（元素互不相同）中查找 target，找到返回其下标，否则返回 -1。要求时间复杂度 O(log n)。",
        "entry_point": "binary_search",
        "explanation": "二分查找维护闭区间 [lo, hi]，每次比较中点元素与目标值，把搜索范围缩小一半。循环条件必须是 lo <= hi，否则区间只剩一个元素时会漏查；时间复杂度 O(log n)。",
        "solution": '''def binary_search(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
''',
        "tests": [
            "assert binary_search([1, 3, 5, 7], 5) == 2",
            "assert binary_search([1, 3, 5, 7], 4) == -1",
            "assert binary_search([], 1) == -1",
            "assert binary_search([1, 3, 5, 7], 7) == 3",
            "assert binary_search([2], 2) == 0",
        ],
        "poor_style": '''def binary_search(nums, target):
    result = -1
    found = False
    for i in range(0, len(nums)):
        if found == False:
            if nums[i] == target:
                result = i
                found = True
    return result
''',
        "partly_wrong": '''def binary_search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
''',
    },
    {
        "id": "zh_find_last_index",
        "category": "searching",
        "prompt": "用Python实现线性查找：编写函数 `find_last_index(items, target)`，返回 target 在列表 items（未排序）中最后一次出现的下标；如果不存在则返回 -1。",
        "entry_point": "find_last_index",
        "explanation": "从列表末尾向前扫描，第一次遇到 target 时的下标就是它最后一次出现的位置，可以立即返回。最坏情况下扫描整个列表，时间复杂度 O(n)。",
        "solution": '''def find_last_index(items: list, target) -> int:
    for i in range(len(items) - 1, -1, -1):
        if items[i] == target:
            return i
    return -1
''',
        "tests": [
            "assert find_last_index([1, 2, 3, 2], 2) == 3",
            "assert find_last_index([5], 5) == 0",
            "assert find_last_index([], 1) == -1",
            "assert find_last_index([1, 2], 3) == -1",
            "assert find_last_index(['a', 'b', 'a', 'c'], 'a') == 2",
        ],
        "poor_style": '''def find_last_index(items, target):
    ans = -1
    idx = 0
    has_found = False
    for x in items:
        if x == target:
            ans = idx
            has_found = True
        idx = idx + 1
    if has_found == True:
        return ans
    else:
        return -1
''',
        "partly_wrong": '''def find_last_index(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1
''',
    },
    {
        "id": "zh_lower_bound",
        "category": "searching",
        "prompt": "用Python实现下界查找：编写函数 `lower_bound(nums, target)`，nums 是升序整数列表（可能有重复），返回第一个大于或等于 target 的元素下标；如果所有元素都小于 target，返回 len(nums)。要求使用二分查找，不要调用 bisect 模块。",
        "entry_point": "lower_bound",
        "explanation": "使用左闭右开区间 [lo, hi)，初始 hi = len(nums)，这样“所有元素都小于 target”时答案 len(nums) 也在搜索范围内。中点小于 target 就把 lo 移到 mid + 1，否则把 hi 收缩到 mid，最终 lo 即为答案。",
        "solution": '''def lower_bound(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
''',
        "tests": [
            "assert lower_bound([1, 2, 4, 4, 5], 4) == 2",
            "assert lower_bound([1, 2, 4], 10) == 3",
            "assert lower_bound([], 3) == 0",
            "assert lower_bound([1, 3], 0) == 0",
            "assert lower_bound([1, 3, 5], 4) == 2",
        ],
        "poor_style": '''def lower_bound(nums, target):
    pos = len(nums)
    flag = 0
    for i in range(len(nums)):
        if flag == 0 and nums[i] >= target:
            pos = i
            flag = 1
    return pos
''',
        "partly_wrong": '''def lower_bound(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
''',
    },
    {
        "id": "zh_search_range",
        "category": "searching",
        "prompt": "用Python查找元素的区间：编写函数 `search_range(nums, target)`，nums 为升序整数列表，返回列表 [first, last]，分别是 target 第一次和最后一次出现的下标；若 target 不存在，返回 [-1, -1]。要求时间复杂度 O(log n)。",
        "entry_point": "search_range",
        "explanation": "bisect_left 给出第一个不小于 target 的位置，bisect_right 给出第一个大于 target 的位置，后者减 1 就是最后一次出现的下标。若 bisect_left 的结果越界或该位置的值不等于 target，说明不存在。",
        "solution": '''from bisect import bisect_left, bisect_right


def search_range(nums: list[int], target: int) -> list[int]:
    first = bisect_left(nums, target)
    if first == len(nums) or nums[first] != target:
        return [-1, -1]
    return [first, bisect_right(nums, target) - 1]
''',
        "tests": [
            "assert search_range([1, 3, 3, 3, 6, 9], 3) == [1, 3]",
            "assert search_range([1, 3, 3, 6], 4) == [-1, -1]",
            "assert search_range([], 0) == [-1, -1]",
            "assert search_range([2, 2, 2], 2) == [0, 2]",
            "assert search_range([1], 1) == [0, 0]",
        ],
        "poor_style": '''def search_range(nums, target):
    idxs = []
    for i in range(len(nums)):
        if nums[i] == target:
            idxs.append(i)
    if len(idxs) == 0:
        return [-1, -1]
    else:
        return [min(idxs), max(idxs)]
''',
        "partly_wrong": '''from bisect import bisect_left, bisect_right


def search_range(nums, target):
    first = bisect_left(nums, target)
    if first == len(nums) or nums[first] != target:
        return [-1, -1]
    return [first, bisect_right(nums, target)]
''',
    },
    {
        "id": "zh_search_rotated",
        "category": "searching",
        "prompt": "用Python在旋转有序数组中查找：编写函数 `search_rotated(nums, target)`，nums 是一个元素互不相同的升序列表在某个位置旋转后的结果（例如 [7, 9, 12, 2, 4]），返回 target 的下标，不存在返回 -1。要求时间复杂度 O(log n)。",
        "entry_point": "search_rotated",
        "explanation": "二分时 [lo, mid] 和 [mid, hi] 中至少有一半是有序的：用 nums[lo] <= nums[mid] 判断左半是否有序（必须带等号，处理 lo == mid 的情况），再看 target 是否落在有序那半的范围内，从而决定丢弃哪一半。",
        "solution": '''def search_rotated(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
''',
        "tests": [
            "assert search_rotated([5, 6, 8, 1, 3], 1) == 3",
            "assert search_rotated([5, 6, 8, 1, 3], 7) == -1",
            "assert search_rotated([9], 4) == -1",
            "assert search_rotated([3, 1], 1) == 1",
            "assert search_rotated([6, 7, 1, 2, 3, 4, 5], 6) == 0",
        ],
        "poor_style": '''def search_rotated(nums, target):
    answer = -1
    for i in range(len(nums)):
        if nums[i] == target:
            if answer == -1:
                answer = i
    return answer
''',
        "partly_wrong": '''def search_rotated(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] < nums[mid]:
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
''',
    },
    {
        "id": "zh_mountain_peak_index",
        "category": "searching",
        "prompt": "用Python寻找山脉数组的峰顶：编写函数 `mountain_peak_index(arr)`，arr 长度至少为 3，先严格递增再严格递减（峰顶不在两端），返回最大元素的下标。要求用二分查找，时间复杂度 O(log n)。",
        "entry_point": "mountain_peak_index",
        "explanation": "比较 arr[mid] 与 arr[mid + 1]：若 arr[mid] < arr[mid + 1]，说明 mid 在上坡，峰顶在右侧，令 lo = mid + 1；否则 mid 可能就是峰顶，令 hi = mid。区间收缩到一个点时即为峰顶。",
        "solution": '''def mountain_peak_index(arr: list[int]) -> int:
    lo, hi = 0, len(arr) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < arr[mid + 1]:
            lo = mid + 1
        else:
            hi = mid
    return lo
''',
        "tests": [
            "assert mountain_peak_index([1, 3, 2, 0]) == 1",
            "assert mountain_peak_index([0, 1, 2, 3, 1]) == 3",
            "assert mountain_peak_index([3, 5, 4, 2, 1]) == 1",
            "assert mountain_peak_index([1, 2, 3, 4, 5, 3]) == 4",
        ],
        "poor_style": '''def mountain_peak_index(arr):
    for i in range(len(arr)):
        is_max = True
        for j in range(len(arr)):
            if arr[j] > arr[i]:
                is_max = False
        if is_max == True:
            return i
''',
        "partly_wrong": '''def mountain_peak_index(arr):
    lo, hi = 0, len(arr) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < arr[mid + 1]:
            lo = mid + 1
        else:
            hi = mid - 1
    return lo
''',
    },
    {
        "id": "zh_integer_sqrt",
        "category": "searching",
        "prompt": "用Python求整数平方根：编写函数 `integer_sqrt(n)`，n 为非负整数，返回不超过 √n 的最大整数（即向下取整的平方根）。不允许使用 math.sqrt、math.isqrt 或 ** 0.5，请用二分查找实现。",
        "entry_point": "integer_sqrt",
        "explanation": "答案一定在 [0, n] 之间，且 mid * mid <= n 这一条件对 mid 单调，因此可以二分：满足条件就把 lo 右移，否则把 hi 左移。循环结束时 hi 正是最后一个满足 hi * hi <= n 的整数。",
        "solution": '''def integer_sqrt(n: int) -> int:
    lo, hi = 0, n
    while lo <= hi:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid + 1
        else:
            hi = mid - 1
    return hi
''',
        "tests": [
            "assert integer_sqrt(16) == 4",
            "assert integer_sqrt(15) == 3",
            "assert integer_sqrt(0) == 0",
            "assert integer_sqrt(1) == 1",
            "assert integer_sqrt(1000000000000) == 1000000",
        ],
        "poor_style": '''def integer_sqrt(n):
    i = 0
    while True:
        if (i + 1) * (i + 1) > n:
            break
        else:
            i = i + 1
    return i
''',
        "partly_wrong": '''def integer_sqrt(n):
    lo, hi = 0, n // 2
    while lo <= hi:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid + 1
        else:
            hi = mid - 1
    return hi
''',
    },
    {
        "id": "zh_find_min_rotated",
        "category": "searching",
        "prompt": "用Python寻找旋转数组的最小值：编写函数 `find_min_rotated(nums)`，nums 是非空、元素互不相同的升序列表经过若干次旋转后的结果（也可能没有旋转），返回其中的最小值。要求时间复杂度 O(log n)。",
        "entry_point": "find_min_rotated",
        "explanation": "把 nums[mid] 与区间右端 nums[hi] 比较：若 nums[mid] > nums[hi]，最小值一定在 mid 右侧；否则最小值在 [lo, mid] 内。与右端比较可以同时正确处理没有旋转的情况。",
        "solution": '''def find_min_rotated(nums: list[int]) -> int:
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]
''',
        "tests": [
            "assert find_min_rotated([5, 6, 7, 2, 3]) == 2",
            "assert find_min_rotated([4, 5, 1, 2, 3]) == 1",
            "assert find_min_rotated([1, 2, 3]) == 1",
            "assert find_min_rotated([2, 1]) == 1",
            "assert find_min_rotated([7]) == 7",
        ],
        "poor_style": '''def find_min_rotated(nums):
    copy = []
    for x in nums:
        copy.append(x)
    copy.sort()
    smallest = copy[0]
    return smallest
''',
        "partly_wrong": '''def find_min_rotated(nums):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] >= nums[lo]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]
''',
    },
    {
        "id": "zh_search_matrix",
        "category": "searching",
        "prompt": "用Python在有序矩阵中查找：编写函数 `search_matrix(matrix, target)`，matrix 是 m×n 的整数矩阵（嵌套列表），每行升序，且每行第一个数大于上一行最后一个数。若 target 存在返回 True，否则返回 False；空矩阵返回 False。要求时间复杂度 O(log(m·n))。",
        "entry_point": "search_matrix",
        "explanation": "按行展开后整个矩阵就是一个长度为 m·n 的升序序列，一维下标 k 对应 matrix[k // n][k % n]（n 为列数）。在这个虚拟序列上做普通二分查找即可。",
        "solution": '''def search_matrix(matrix: list[list[int]], target: int) -> bool:
    if not matrix or not matrix[0]:
        return False
    rows, cols = len(matrix), len(matrix[0])
    lo, hi = 0, rows * cols - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        value = matrix[mid // cols][mid % cols]
        if value == target:
            return True
        if value < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return False
''',
        "tests": [
            "assert search_matrix([[2, 4, 8, 9], [12, 15, 17, 21], [25, 28, 33, 40]], 4) == True",
            "assert search_matrix([[2, 4, 8, 9], [12, 15, 17, 21], [25, 28, 33, 40]], 14) == False",
            "assert search_matrix([[2, 4, 8, 9], [12, 15, 17, 21], [25, 28, 33, 40]], 40) == True",
            "assert search_matrix([], 1) == False",
            "assert search_matrix([[1]], 1) == True",
        ],
        "poor_style": '''def search_matrix(matrix, target):
    found = False
    for i in range(len(matrix)):
        for j in range(len(matrix[i])):
            if matrix[i][j] == target:
                found = True
    if found:
        return True
    return False
''',
        "partly_wrong": '''def search_matrix(matrix, target):
    if not matrix or not matrix[0]:
        return False
    rows, cols = len(matrix), len(matrix[0])
    lo, hi = 0, rows * cols - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        value = matrix[mid // rows][mid % rows]
        if value == target:
            return True
        if value < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return False
''',
    },
    {
        "id": "zh_count_in_sorted",
        "category": "searching",
        "prompt": "用Python统计有序数组中某个数的个数：编写函数 `count_in_sorted(nums, target)`，nums 为升序整数列表，返回 target 出现的次数。要求利用有序性，用二分查找在 O(log n) 时间内完成。",
        "entry_point": "count_in_sorted",
        "explanation": "bisect_right 返回最后一个 target 之后的位置，bisect_left 返回第一个 target 的位置，两者之差就是 target 的个数；若 target 不存在，两个位置相同，差为 0。",
        "solution": '''from bisect import bisect_left, bisect_right


def count_in_sorted(nums: list[int], target: int) -> int:
    return bisect_right(nums, target) - bisect_left(nums, target)
''',
        "tests": [
            "assert count_in_sorted([1, 2, 2, 2, 3], 2) == 3",
            "assert count_in_sorted([1, 2, 3], 4) == 0",
            "assert count_in_sorted([], 1) == 0",
            "assert count_in_sorted([5, 5], 5) == 2",
        ],
        "poor_style": '''def count_in_sorted(nums, target):
    c = 0
    seen_it = False
    for i in range(len(nums)):
        if nums[i] == target:
            c += 1
            seen_it = True
        elif seen_it == True:
            pass
    return c
''',
        "partly_wrong": '''from bisect import bisect_left, bisect_right


def count_in_sorted(nums, target):
    first = bisect_left(nums, target)
    if first == len(nums) or nums[first] != target:
        return 0
    last = bisect_right(nums, target) - 1
    return last - first
''',
    },
    {
        "id": "zh_next_greater_letter",
        "category": "searching",
        "prompt": "用Python查找下一个更大的字母：编写函数 `next_greater_letter(letters, target)`，letters 是按升序排列的小写字母列表（可能重复，至少包含两个不同字母），返回其中严格大于 target 的最小字母；如果不存在这样的字母，则循环回到开头，返回 letters[0]。",
        "entry_point": "next_greater_letter",
        "explanation": "bisect_right 找到第一个严格大于 target 的位置；若该位置等于列表长度，说明没有更大的字母，对长度取模后正好回到下标 0。时间复杂度 O(log n)。",
        "solution": '''from bisect import bisect_right


def next_greater_letter(letters: list[str], target: str) -> str:
    index = bisect_right(letters, target)
    return letters[index % len(letters)]
''',
        "tests": [
            "assert next_greater_letter(['d', 'h', 'm'], 'b') == 'd'",
            "assert next_greater_letter(['d', 'h', 'm'], 'd') == 'h'",
            "assert next_greater_letter(['d', 'h', 'm'], 'z') == 'd'",
            "assert next_greater_letter(['d', 'h', 'm'], 'm') == 'd'",
            "assert next_greater_letter(['a', 'a', 'b'], 'a') == 'b'",
        ],
        "poor_style": '''def next_greater_letter(letters, target):
    res = None
    for i in range(len(letters)):
        if letters[i] > target:
            if res == None:
                res = letters[i]
    if res == None:
        res = letters[0]
    return res
''',
        "partly_wrong": '''from bisect import bisect_left


def next_greater_letter(letters, target):
    index = bisect_left(letters, target)
    return letters[index % len(letters)]
''',
    },
    {
        "id": "zh_greatest_common_divisor",
        "category": "math",
        "prompt": "用Python实现辗转相除法求最大公约数：编写函数 `greatest_common_divisor(a, b)`，a、b 为非负整数且不同时为 0，返回它们的最大公约数。不要使用 math.gcd。",
        "entry_point": "greatest_common_divisor",
        "explanation": "欧几里得算法利用 gcd(a, b) = gcd(b, a % b)，不断用余数替换，直到第二个数变为 0，此时第一个数就是答案。当某个参数为 0 时，循环也能自然给出另一个数，时间复杂度 O(log min(a, b))。",
        "solution": '''def greatest_common_divisor(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a
''',
        "tests": [
            "assert greatest_common_divisor(12, 18) == 6",
            "assert greatest_common_divisor(7, 13) == 1",
            "assert greatest_common_divisor(0, 5) == 5",
            "assert greatest_common_divisor(5, 0) == 5",
            "assert greatest_common_divisor(100, 75) == 25",
        ],
        "poor_style": '''def greatest_common_divisor(a, b):
    if a == 0:
        return b
    if b == 0:
        return a
    small = a
    if b < a:
        small = b
    d = small
    while d >= 1:
        if a % d == 0 and b % d == 0:
            return d
        d = d - 1
''',
        "partly_wrong": '''def greatest_common_divisor(a, b):
    while a % b != 0:
        a, b = b, a % b
    return b
''',
    },
    {
        "id": "zh_lcm_of_list",
        "category": "math",
        "prompt": "用Python求一组数的最小公倍数：编写函数 `lcm_of_list(nums)`，nums 是非空的正整数列表，返回所有元素的最小公倍数。",
        "entry_point": "lcm_of_list",
        "explanation": "两个数的最小公倍数等于 a * b // gcd(a, b)，多个数的最小公倍数可以从左到右依次累积求得。用 functools.reduce 把这个二元运算作用在整个列表上即可。",
        "solution": '''from functools import reduce
from math import gcd


def lcm_of_list(nums: list[int]) -> int:
    return reduce(lambda a, b: a * b // gcd(a, b), nums)
''',
        "tests": [
            "assert lcm_of_list([4, 6]) == 12",
            "assert lcm_of_list([2, 3, 4]) == 12",
            "assert lcm_of_list([5]) == 5",
            "assert lcm_of_list([1, 2, 3, 4, 5]) == 60",
            "assert lcm_of_list([6, 8, 9]) == 72",
        ],
        "poor_style": '''def lcm_of_list(nums):
    m = max(nums)
    x = m
    while True:
        ok = True
        for n in nums:
            if x % n != 0:
                ok = False
        if ok == True:
            return x
        x = x + 1
''',
        "partly_wrong": '''from functools import reduce
from math import gcd


def lcm_of_list(nums):
    product = 1
    for x in nums:
        product *= x
    return product // reduce(gcd, nums)
''',
    },
    {
        "id": "zh_is_prime",
        "category": "math",
        "prompt": "用Python判断素数：编写函数 `is_prime(n)`，n 为任意整数，若 n 是素数返回 True，否则返回 False（小于 2 的数都不是素数）。要求只试除到 √n。",
        "entry_point": "is_prime",
        "explanation": "如果 n 有大于 √n 的因子，就必然有一个与之配对的小于 √n 的因子，所以只需试除 2 到 isqrt(n)（含）。注意上界必须包含 √n 本身，否则像 9、25 这样的完全平方数会被误判为素数。",
        "solution": '''from math import isqrt


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    for d in range(2, isqrt(n) + 1):
        if n % d == 0:
            return False
    return True
''',
        "tests": [
            "assert is_prime(2) == True",
            "assert is_prime(1) == False",
            "assert is_prime(17) == True",
            "assert is_prime(9) == False",
            "assert is_prime(-7) == False",
            "assert is_prime(25) == False",
        ],
        "poor_style": '''def is_prime(n):
    if n < 2:
        return False
    count = 0
    for i in range(2, n):
        if n % i == 0:
            count = count + 1
    if count == 0:
        return True
    else:
        return False
''',
        "partly_wrong": '''def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5)):
        if n % d == 0:
            return False
    return True
''',
    },
    {
        "id": "zh_primes_up_to",
        "category": "math",
        "prompt": "用Python实现埃拉托斯特尼筛法：编写函数 `primes_up_to(n)`，返回所有小于或等于 n 的素数组成的升序列表；n < 2 时返回空列表。",
        "entry_point": "primes_up_to",
        "explanation": "开一个长度为 n+1 的布尔数组，从 2 开始，把每个素数 p 从 p*p 起的所有倍数标记为合数。只需处理到 √n，剩下未被标记的下标就是素数，时间复杂度 O(n log log n)。",
        "solution": '''from math import isqrt


def primes_up_to(n: int) -> list[int]:
    if n < 2:
        return []
    is_candidate = [True] * (n + 1)
    is_candidate[0] = is_candidate[1] = False
    for p in range(2, isqrt(n) + 1):
        if is_candidate[p]:
            for multiple in range(p * p, n + 1, p):
                is_candidate[multiple] = False
    return [i for i, prime in enumerate(is_candidate) if prime]
''',
        "tests": [
            "assert primes_up_to(10) == [2, 3, 5, 7]",
            "assert primes_up_to(13) == [2, 3, 5, 7, 11, 13]",
            "assert primes_up_to(1) == []",
            "assert primes_up_to(2) == [2]",
        ],
        "poor_style": '''def primes_up_to(n):
    out = []
    for k in range(2, n + 1):
        p = True
        for j in range(2, k):
            if k % j == 0:
                p = False
        if p == True:
            out.append(k)
    return out
''',
        "partly_wrong": '''def primes_up_to(n):
    if n < 2:
        return []
    sieve = [True] * n
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, n, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]
''',
    },
    {
        "id": "zh_prime_factors",
        "category": "math",
        "prompt": "用Python分解质因数：编写函数 `prime_factors(n)`，n 为大于等于 2 的整数，返回其所有质因数组成的升序列表，重复的质因数要重复出现，例如 prime_factors(12) 返回 [2, 2, 3]。",
        "entry_point": "prime_factors",
        "explanation": "从 d = 2 开始试除，只要能整除就记录 d 并把 n 除以 d；当 d * d > n 时停止。循环结束后如果 n 仍大于 1，剩下的 n 本身就是一个大于 √n 的质因数，必须补上。",
        "solution": '''def prime_factors(n: int) -> list[int]:
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
''',
        "tests": [
            "assert prime_factors(12) == [2, 2, 3]",
            "assert prime_factors(8) == [2, 2, 2]",
            "assert prime_factors(13) == [13]",
            "assert prime_factors(360) == [2, 2, 2, 3, 3, 5]",
            "assert prime_factors(100) == [2, 2, 5, 5]",
        ],
        "poor_style": '''def prime_factors(n):
    res = []
    m = n
    for d in range(2, n + 1):
        if m == 1:
            break
        while m % d == 0:
            if m % d == 0:
                res.append(d)
                m = m // d
    return res
''',
        "partly_wrong": '''def prime_factors(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    return factors
''',
    },
    {
        "id": "zh_digit_sum",
        "category": "math",
        "prompt": "用Python求各位数字之和：编写函数 `digit_sum(n)`，n 为整数（可能为负数），返回 |n| 的十进制各位数字之和，例如 digit_sum(-45) 返回 9。请用整除和取余实现。",
        "entry_point": "digit_sum",
        "explanation": "先取绝对值，然后反复用 n % 10 取出最低位累加，再用 n //= 10 去掉最低位，直到 n 变为 0。负数必须先取绝对值，否则循环条件 n > 0 一开始就不成立。",
        "solution": '''def digit_sum(n: int) -> int:
    n = abs(n)
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total
''',
        "tests": [
            "assert digit_sum(123) == 6",
            "assert digit_sum(0) == 0",
            "assert digit_sum(-45) == 9",
            "assert digit_sum(9999) == 36",
        ],
        "poor_style": '''def digit_sum(n):
    s = str(n)
    total = 0
    for i in range(len(s)):
        if s[i] != '-':
            total = total + int(s[i])
        else:
            total = total + 0
    return total
''',
        "partly_wrong": '''def digit_sum(n):
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total
''',
    },
    {
        "id": "zh_reverse_integer",
        "category": "math",
        "prompt": "用Python反转整数：编写函数 `reverse_integer(n)`，把整数 n 的十进制数字顺序反转并保留符号，末尾的 0 反转后会被去掉，例如 456 返回 654，-37 返回 -73，310 返回 13。",
        "entry_point": "reverse_integer",
        "explanation": "先记录符号，再对绝对值逐位取出最低位拼接到结果的末尾（result = result * 10 + digit），最后乘回符号。末尾的 0 在反转后成为前导 0，会自然消失。",
        "solution": '''def reverse_integer(n: int) -> int:
    sign = -1 if n < 0 else 1
    n = abs(n)
    result = 0
    while n:
        result = result * 10 + n % 10
        n //= 10
    return sign * result
''',
        "tests": [
            "assert reverse_integer(907) == 709",
            "assert reverse_integer(-45) == -54",
            "assert reverse_integer(1200) == 21",
            "assert reverse_integer(0) == 0",
            "assert reverse_integer(-8) == -8",
        ],
        "poor_style": '''def reverse_integer(n):
    neg = False
    if n < 0:
        neg = True
        n = -n
    digits = []
    while n > 0:
        digits.append(n % 10)
        n = n // 10
    r = 0
    for i in range(len(digits)):
        r = r + digits[i] * (10 ** (len(digits) - 1 - i))
    if neg == True:
        return -r
    return r
''',
        "partly_wrong": '''def reverse_integer(n):
    return int(str(abs(n))[::-1])
''',
    },
    {
        "id": "zh_is_armstrong_number",
        "category": "math",
        "prompt": "用Python判断水仙花数（阿姆斯特朗数）：编写函数 `is_armstrong_number(n)`，n 为非负整数，设其十进制位数为 k，若各位数字的 k 次方之和等于 n 本身则返回 True，否则返回 False。例如 153 = 1³ + 5³ + 3³，9474 = 9⁴ + 4⁴ + 7⁴ + 4⁴。",
        "entry_point": "is_armstrong_number",
        "explanation": "先把 n 转成字符串得到位数 k，再把每一位数字的 k 次方求和并与 n 比较。指数必须是位数 k 而不是固定的 3，一位数（包括 0）也都满足条件。",
        "solution": '''def is_armstrong_number(n: int) -> bool:
    digits = str(n)
    power = len(digits)
    return sum(int(d) ** power for d in digits) == n
''',
        "tests": [
            "assert is_armstrong_number(153) == True",
            "assert is_armstrong_number(370) == True",
            "assert is_armstrong_number(10) == False",
            "assert is_armstrong_number(9474) == True",
            "assert is_armstrong_number(5) == True",
        ],
        "poor_style": '''def is_armstrong_number(n):
    k = 0
    t = n
    if t == 0:
        k = 1
    while t > 0:
        k = k + 1
        t = t // 10
    s = 0
    t = n
    for _ in range(k):
        d = t % 10
        p = 1
        for _ in range(k):
            p = p * d
        s = s + p
        t = t // 10
    if s == n:
        return True
    return False
''',
        "partly_wrong": '''def is_armstrong_number(n):
    return sum(int(d) ** 3 for d in str(n)) == n
''',
    },
    {
        "id": "zh_factorial",
        "category": "math",
        "prompt": "用Python计算阶乘：编写函数 `factorial(n)`，n 为非负整数，返回 n!（约定 0! = 1）。请用循环实现，不要使用 math.factorial。",
        "entry_point": "factorial",
        "explanation": "从 1 乘到 n 即可，循环上界要写成 range(2, n + 1) 才能包含 n。当 n 为 0 或 1 时循环不执行，结果保持初始值 1。Python 整数不会溢出，可以直接计算较大的阶乘。",
        "solution": '''def factorial(n: int) -> int:
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result
''',
        "tests": [
            "assert factorial(0) == 1",
            "assert factorial(1) == 1",
            "assert factorial(5) == 120",
            "assert factorial(20) == 2432902008176640000",
        ],
        "poor_style": '''def factorial(n):
    if n == 0:
        return 1
    elif n == 1:
        return 1
    elif n == 2:
        return 2
    else:
        return n * factorial(n - 1)
''',
        "partly_wrong": '''def factorial(n):
    result = 1
    for i in range(1, n):
        result *= i
    return result
''',
    },
    {
        "id": "zh_binomial_coefficient",
        "category": "math",
        "prompt": "用Python计算组合数：编写函数 `binomial_coefficient(n, k)`，返回从 n 个不同元素中取 k 个的组合数 C(n, k)，n >= 0；当 k < 0 或 k > n 时返回 0。不要使用 math.comb，且结果必须是精确整数。",
        "entry_point": "binomial_coefficient",
        "explanation": "利用 C(n, k) = C(n, k-1) * (n-k+1) / k 逐步累乘，每一步先乘后整除，中间结果始终是整数，不会出现浮点误差。再利用对称性 C(n, k) = C(n, n-k) 让循环次数最少。",
        "solution": '''def binomial_coefficient(n: int, k: int) -> int:
    if k < 0 or k > n:
        return 0
    k = min(k, n - k)
    result = 1
    for i in range(1, k + 1):
        result = result * (n - k + i) // i
    return result
''',
        "tests": [
            "assert binomial_coefficient(5, 2) == 10",
            "assert binomial_coefficient(10, 0) == 1",
            "assert binomial_coefficient(3, 5) == 0",
            "assert binomial_coefficient(100, 50) == 100891344545564193334812497256",
        ],
        "poor_style": '''def binomial_coefficient(n, k):
    if k < 0:
        return 0
    if k > n:
        return 0
    a = 1
    for i in range(1, n + 1):
        a = a * i
    b = 1
    for i in range(1, k + 1):
        b = b * i
    c = 1
    for i in range(1, n - k + 1):
        c = c * i
    return a // (b * c)
''',
        "partly_wrong": '''def binomial_coefficient(n, k):
    if k < 0 or k > n:
        return 0
    result = 1
    for i in range(k):
        result = result * (n - i) / (i + 1)
    return int(result)
''',
    },
    {
        "id": "zh_pascal_row",
        "category": "math",
        "prompt": "用Python生成杨辉三角的某一行：编写函数 `pascal_row(n)`，返回杨辉三角第 n 行（从第 0 行开始计数）的所有数字，例如 pascal_row(0) 返回 [1]，pascal_row(4) 返回 [1, 4, 6, 4, 1]。",
        "entry_point": "pascal_row",
        "explanation": "从 [1] 开始迭代 n 次，每次新行的首尾是 1，中间每个数等于上一行相邻两数之和。用 zip(row, row[1:]) 可以简洁地取出相邻元素对。",
        "solution": '''def pascal_row(n: int) -> list[int]:
    row = [1]
    for _ in range(n):
        row = [1] + [a + b for a, b in zip(row, row[1:])] + [1]
    return row
''',
        "tests": [
            "assert pascal_row(0) == [1]",
            "assert pascal_row(1) == [1, 1]",
            "assert pascal_row(4) == [1, 4, 6, 4, 1]",
            "assert pascal_row(5) == [1, 5, 10, 10, 5, 1]",
        ],
        "poor_style": '''def pascal_row(n):
    def f(x):
        r = 1
        for i in range(1, x + 1):
            r = r * i
        return r
    res = []
    for k in range(0, n + 1):
        res.append(f(n) // (f(k) * f(n - k)))
    return res
''',
        "partly_wrong": '''def pascal_row(n):
    row = [1]
    for _ in range(n - 1):
        row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]
    return row
''',
    },
    {
        "id": "zh_to_base",
        "category": "math",
        "prompt": "用Python实现进制转换：编写函数 `to_base(n, base)`，把十进制整数 n 转换为 base 进制（2 <= base <= 16）的字符串，数字使用 0-9 和小写字母 a-f；负数在前面加 '-'，0 返回 '0'。不要使用 bin、oct、hex 或 format。",
        "entry_point": "to_base",
        "explanation": "对 |n| 反复除以 base，余数就是从低到高的各位数字，用字符表 '0123456789abcdef' 映射后倒序拼接。0 需要特殊处理，否则循环一次都不执行会得到空串；负数最后再补上负号。",
        "solution": '''DIGITS = "0123456789abcdef"


def to_base(n: int, base: int) -> str:
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    chars = []
    while n:
        n, remainder = divmod(n, base)
        chars.append(DIGITS[remainder])
    return sign + "".join(reversed(chars))
''',
        "tests": [
            "assert to_base(10, 2) == '1010'",
            "assert to_base(255, 16) == 'ff'",
            "assert to_base(0, 7) == '0'",
            "assert to_base(-8, 8) == '-10'",
            "assert to_base(35, 3) == '1022'",
        ],
        "poor_style": '''def to_base(n, base):
    if n == 0:
        return '0'
    neg = n < 0
    if neg:
        n = 0 - n
    s = ''
    while n > 0:
        r = n % base
        if r == 10:
            c = 'a'
        elif r == 11:
            c = 'b'
        elif r == 12:
            c = 'c'
        elif r == 13:
            c = 'd'
        elif r == 14:
            c = 'e'
        elif r == 15:
            c = 'f'
        else:
            c = str(r)
        s = c + s
        n = n // base
    if neg:
        s = '-' + s
    return s
''',
        "partly_wrong": '''def to_base(n, base):
    digits = "0123456789abcdef"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = ""
    while n > 0:
        out = digits[n % base] + out
        n //= base
    return sign + out
''',
    },
    {
        "id": "zh_from_base",
        "category": "math",
        "prompt": "用Python把任意进制字符串转为整数：编写函数 `from_base(s, base)`，s 由数字 0-9 和字母 a-z 组成（字母大小写均可，a 表示 10，z 表示 35），可能以 '-' 开头，2 <= base <= 36，返回对应的十进制整数。不要使用 int(s, base)。",
        "entry_point": "from_base",
        "explanation": "先处理负号，再把字符串统一转成小写，从左到右按秦九韶（霍纳）法则累积：value = value * base + 当前位的数值。每位的数值通过在 '0123456789abcdefghijklmnopqrstuvwxyz' 中查找下标得到。",
        "solution": '''import string

ALPHABET = string.digits + string.ascii_lowercase


def from_base(s: str, base: int) -> int:
    sign = 1
    if s.startswith("-"):
        sign, s = -1, s[1:]
    value = 0
    for ch in s.lower():
        value = value * base + ALPHABET.index(ch)
    return sign * value
''',
        "tests": [
            "assert from_base('1010', 2) == 10",
            "assert from_base('ff', 16) == 255",
            "assert from_base('FF', 16) == 255",
            "assert from_base('-z', 36) == -35",
            "assert from_base('0', 10) == 0",
        ],
        "poor_style": '''def from_base(s, base):
    neg = False
    if s[0] == '-':
        neg = True
        s = s[1:len(s)]
    total = 0
    pos = 0
    for i in range(len(s) - 1, -1, -1):
        ch = s[i]
        if ch >= '0' and ch <= '9':
            d = ord(ch) - ord('0')
        elif ch >= 'a' and ch <= 'z':
            d = ord(ch) - ord('a') + 10
        else:
            d = ord(ch) - ord('A') + 10
        total = total + d * base ** pos
        pos = pos + 1
    if neg:
        total = -total
    return total
''',
        "partly_wrong": '''def from_base(s, base):
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign = 1
    if s.startswith("-"):
        sign, s = -1, s[1:]
    value = 0
    for ch in s:
        value = value * base + alphabet.index(ch)
    return sign * value
''',
    },
    {
        "id": "zh_fast_power_mod",
        "category": "math",
        "prompt": "用Python实现快速幂取模：编写函数 `fast_power_mod(base, exp, mod)`，base、exp 为非负整数，mod 为正整数，返回 (base ** exp) % mod。要求使用二进制快速幂，时间复杂度 O(log exp)，不要调用三参数的 pow。",
        "entry_point": "fast_power_mod",
        "explanation": "把指数写成二进制，每一轮把底数平方，若当前二进制位为 1 就把底数乘进结果，所有乘法后都取模以控制数值大小。注意结果初值应为 1 % mod，这样 mod 为 1 且 exp 为 0 时也能正确返回 0。",
        "solution": '''def fast_power_mod(base: int, exp: int, mod: int) -> int:
    result = 1 % mod
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result
''',
        "tests": [
            "assert fast_power_mod(2, 10, 1000) == 24",
            "assert fast_power_mod(3, 0, 7) == 1",
            "assert fast_power_mod(5, 3, 1) == 0",
            "assert fast_power_mod(7, 0, 1) == 0",
            "assert fast_power_mod(2, 100, 13) == 3",
        ],
        "poor_style": '''def fast_power_mod(base, exp, mod):
    r = 1
    i = 0
    while i < exp:
        r = r * base
        r = r % mod
        i = i + 1
    r = r % mod
    return r
''',
        "partly_wrong": '''def fast_power_mod(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp % 2 == 1:
            result = result * base % mod
        base = base * base % mod
        exp //= 2
    return result
''',
    },
    {
        "id": "zh_matrix_multiply",
        "category": "math",
        "prompt": "用Python实现矩阵乘法：编写函数 `matrix_multiply(a, b)`，a 是 m×n 矩阵，b 是 n×p 矩阵（都用嵌套列表表示，且维度合法、非空），返回 m×p 的乘积矩阵。不要使用第三方库。",
        "entry_point": "matrix_multiply",
        "explanation": "结果矩阵第 i 行第 j 列等于 a 的第 i 行与 b 的第 j 列的点积。用 zip(*b) 可以方便地得到 b 的各列，结果的形状由 a 的行数和 b 的列数决定。",
        "solution": '''def matrix_multiply(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    columns = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]
''',
        "tests": [
            "assert matrix_multiply([[1, 2], [3, 4]], [[5, 6], [7, 8]]) == [[19, 22], [43, 50]]",
            "assert matrix_multiply([[1, 2]], [[1, 0, 2], [0, 1, 3]]) == [[1, 2, 8]]",
            "assert matrix_multiply([[2]], [[3]]) == [[6]]",
            "assert matrix_multiply([[1], [2]], [[3, 4]]) == [[3, 4], [6, 8]]",
        ],
        "poor_style": '''def matrix_multiply(a, b):
    res = []
    for i in range(len(a)):
        r = []
        for j in range(len(b[0])):
            col = []
            for k in range(len(b)):
                col.append(b[k][j])
            s = 0
            for k in range(len(col)):
                s = s + a[i][k] * col[k]
            r.append(s)
        res.append(r)
    return res
''',
        "partly_wrong": '''def matrix_multiply(a, b):
    n = len(a)
    result = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            for k in range(len(b)):
                result[i][j] += a[i][k] * b[k][j]
    return result
''',
    },
    {
        "id": "zh_transpose_matrix",
        "category": "math",
        "prompt": "用Python求矩阵转置：编写函数 `transpose_matrix(matrix)`，matrix 是 m×n 的嵌套列表，返回 n×m 的转置矩阵（新列表，每行是列表）；空矩阵 [] 返回 []。",
        "entry_point": "transpose_matrix",
        "explanation": "zip(*matrix) 会把每一行拆开后按列重新打包，正好得到转置的各行，再把元组转成列表即可。空矩阵时 zip() 不产生任何元素，自然返回空列表。",
        "solution": '''def transpose_matrix(matrix: list[list[int]]) -> list[list[int]]:
    return [list(column) for column in zip(*matrix)]
''',
        "tests": [
            "assert transpose_matrix([[1, 2], [3, 4]]) == [[1, 3], [2, 4]]",
            "assert transpose_matrix([[1, 2, 3]]) == [[1], [2], [3]]",
            "assert transpose_matrix([[5]]) == [[5]]",
            "assert transpose_matrix([]) == []",
        ],
        "poor_style": '''def transpose_matrix(matrix):
    if len(matrix) == 0:
        return []
    t = []
    for j in range(len(matrix[0])):
        t.append([])
    for i in range(len(matrix)):
        for j in range(len(matrix[0])):
            t[j].append(matrix[i][j])
    return t
''',
        "partly_wrong": '''def transpose_matrix(matrix):
    if not matrix:
        return []
    return [[matrix[i][j] for j in range(len(matrix))] for i in range(len(matrix[0]))]
''',
    },
    {
        "id": "zh_is_perfect_number",
        "category": "math",
        "prompt": "用Python判断完全数：编写函数 `is_perfect_number(n)`，n 为正整数，若 n 等于它所有真因子（不含 n 本身的正因子）之和则返回 True，否则返回 False。例如 6 = 1 + 2 + 3。要求时间复杂度 O(√n)。",
        "entry_point": "is_perfect_number",
        "explanation": "因子成对出现：i 和 n // i，只需枚举到 √n。1 的真因子和为 0，需要单独返回 False；当 i 恰好等于 n // i 时只能加一次，避免重复计数。",
        "solution": '''from math import isqrt


def is_perfect_number(n: int) -> bool:
    if n < 2:
        return False
    total = 1
    for i in range(2, isqrt(n) + 1):
        if n % i == 0:
            total += i
            if i != n // i:
                total += n // i
    return total == n
''',
        "tests": [
            "assert is_perfect_number(6) == True",
            "assert is_perfect_number(28) == True",
            "assert is_perfect_number(12) == False",
            "assert is_perfect_number(1) == False",
            "assert is_perfect_number(496) == True",
        ],
        "poor_style": '''def is_perfect_number(n):
    divs = []
    for i in range(1, n):
        if n % i == 0:
            divs.append(i)
    s = 0
    for d in divs:
        s = s + d
    if s == n:
        return True
    else:
        return False
''',
        "partly_wrong": '''from math import isqrt


def is_perfect_number(n):
    total = 1
    for i in range(2, isqrt(n) + 1):
        if n % i == 0:
            total += i + n // i
    return total == n
''',
    },
    {
        "id": "zh_count_divisors",
        "category": "math",
        "prompt": "用Python统计约数个数：编写函数 `count_divisors(n)`，n 为正整数，返回 n 的正约数个数（包括 1 和 n 本身），例如 count_divisors(12) 返回 6。要求只枚举到 √n。",
        "entry_point": "count_divisors",
        "explanation": "每找到一个 i <= √n 且 i 整除 n，就同时得到一对约数 i 和 n // i，计数加 2；若 i * i == n，这对约数是同一个数，只加 1。这样时间复杂度为 O(√n)。",
        "solution": '''from math import isqrt


def count_divisors(n: int) -> int:
    count = 0
    for i in range(1, isqrt(n) + 1):
        if n % i == 0:
            count += 1 if i * i == n else 2
    return count
''',
        "tests": [
            "assert count_divisors(12) == 6",
            "assert count_divisors(16) == 5",
            "assert count_divisors(1) == 1",
            "assert count_divisors(7) == 2",
            "assert count_divisors(100) == 9",
        ],
        "poor_style": '''def count_divisors(n):
    c = 0
    for i in range(1, n + 1):
        if n % i == 0:
            c = c + 1
        else:
            c = c + 0
    return c
''',
        "partly_wrong": '''from math import isqrt


def count_divisors(n):
    count = 0
    for i in range(1, isqrt(n) + 1):
        if n % i == 0:
            count += 2
    return count
''',
    },
    {
        "id": "zh_is_happy_number",
        "category": "math",
        "prompt": "用Python判断快乐数：编写函数 `is_happy_number(n)`，n 为正整数。反复把当前数替换为其各位数字的平方和，如果最终能变成 1 则 n 是快乐数，返回 True；如果陷入不含 1 的循环则返回 False。",
        "entry_point": "is_happy_number",
        "explanation": "用集合记录出现过的数，若某个数再次出现说明进入了循环，永远到不了 1。每一步的数值很快会降到三位数以内，所以循环一定会在有限步内被发现。",
        "solution": '''def is_happy_number(n: int) -> bool:
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1
''',
        "tests": [
            "assert is_happy_number(23) == True",
            "assert is_happy_number(4) == False",
            "assert is_happy_number(1) == True",
            "assert is_happy_number(7) == True",
            "assert is_happy_number(356) == True",
        ],
        "poor_style": '''def is_happy_number(n):
    history = []
    cur = n
    while True:
        if cur == 1:
            return True
        if cur in history:
            return False
        history.append(cur)
        digits = []
        for ch in str(cur):
            digits.append(int(ch))
        nxt = 0
        for d in digits:
            nxt = nxt + d * d
        cur = nxt
''',
        "partly_wrong": '''def is_happy_number(n):
    if n == 1:
        return True
    for _ in range(5):
        n = sum(int(d) ** 2 for d in str(n))
        if n == 1:
            return True
    return False
''',
    },
    {
        "id": "zh_int_to_roman",
        "category": "math",
        "prompt": "用Python把整数转换为罗马数字：编写函数 `int_to_roman(num)`，1 <= num <= 3999，返回对应的罗马数字字符串（使用 I、V、X、L、C、D、M 以及 IV、IX、XL、XC、CD、CM 等减法写法），例如 1946 返回 'MCMXLVI'，9 返回 'IX'。",
        "entry_point": "int_to_roman",
        "explanation": "把包括减法组合在内的 13 种符号按数值从大到小排列，贪心地尽可能多地减去当前最大的符号值并拼接符号。由于减法组合也在表中，4、9、40 等都会得到标准写法。",
        "solution": '''ROMAN_TABLE = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def int_to_roman(num: int) -> str:
    parts = []
    for value, symbol in ROMAN_TABLE:
        count, num = divmod(num, value)
        parts.append(symbol * count)
    return "".join(parts)
''',
        "tests": [
            "assert int_to_roman(2) == 'II'",
            "assert int_to_roman(76) == 'LXXVI'",
            "assert int_to_roman(2649) == 'MMDCXLIX'",
            "assert int_to_roman(4) == 'IV'",
            "assert int_to_roman(3999) == 'MMMCMXCIX'",
        ],
        "poor_style": '''def int_to_roman(num):
    r = ''
    th = num // 1000
    hu = (num // 100) % 10
    te = (num // 10) % 10
    on = num % 10
    r = r + 'M' * th
    h = ['', 'C', 'CC', 'CCC', 'CD', 'D', 'DC', 'DCC', 'DCCC', 'CM']
    t = ['', 'X', 'XX', 'XXX', 'XL', 'L', 'LX', 'LXX', 'LXXX', 'XC']
    o = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']
    r = r + h[hu]
    r = r + t[te]
    r = r + o[on]
    return r
''',
        "partly_wrong": '''def int_to_roman(num):
    table = [(1000, "M"), (500, "D"), (100, "C"), (50, "L"),
             (10, "X"), (5, "V"), (1, "I")]
    result = ""
    for value, symbol in table:
        while num >= value:
            result += symbol
            num -= value
    return result
''',
    },
    {
        "id": "zh_roman_to_int",
        "category": "math",
        "prompt": "用Python把罗马数字转换为整数：编写函数 `roman_to_int(s)`，s 是合法的罗马数字字符串（表示 1 到 3999），返回对应整数。注意当较小的符号出现在较大符号左边时表示减法，例如 'IX' 为 9。",
        "entry_point": "roman_to_int",
        "explanation": "从左到右扫描，如果当前符号的值小于它右边符号的值，就减去当前值，否则加上。这一条规则就覆盖了 IV、IX、XL、XC、CD、CM 六种减法写法。",
        "solution": '''VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_to_int(s: str) -> int:
    total = 0
    for i, ch in enumerate(s):
        value = VALUES[ch]
        if i + 1 < len(s) and value < VALUES[s[i + 1]]:
            total -= value
        else:
            total += value
    return total
''',
        "tests": [
            "assert roman_to_int('II') == 2",
            "assert roman_to_int('LXXVI') == 76",
            "assert roman_to_int('XIV') == 14",
            "assert roman_to_int('MMDCXLIX') == 2649",
        ],
        "poor_style": '''def roman_to_int(s):
    n = 0
    i = 0
    skip = False
    while i < len(s):
        c = s[i]
        if i + 1 < len(s):
            nx = s[i + 1]
        else:
            nx = ''
        if c == 'I' and nx == 'V':
            n = n + 4
            skip = True
        elif c == 'I' and nx == 'X':
            n = n + 9
            skip = True
        elif c == 'X' and nx == 'L':
            n = n + 40
            skip = True
        elif c == 'X' and nx == 'C':
            n = n + 90
            skip = True
        elif c == 'C' and nx == 'D':
            n = n + 400
            skip = True
        elif c == 'C' and nx == 'M':
            n = n + 900
            skip = True
        elif c == 'I':
            n = n + 1
        elif c == 'V':
            n = n + 5
        elif c == 'X':
            n = n + 10
        elif c == 'L':
            n = n + 50
        elif c == 'C':
            n = n + 100
        elif c == 'D':
            n = n + 500
        elif c == 'M':
            n = n + 1000
        if skip == True:
            i = i + 2
            skip = False
        else:
            i = i + 1
    return n
''',
        "partly_wrong": '''def roman_to_int(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    return sum(values[ch] for ch in s)
''',
    },
    {
        "id": "zh_is_power_of_two",
        "category": "math",
        "prompt": "用Python判断 2 的幂：编写函数 `is_power_of_two(n)`，n 为任意整数，若存在非负整数 k 使 n == 2**k 则返回 True，否则返回 False（0 和负数都返回 False）。要求使用位运算在 O(1) 时间内判断。",
        "entry_point": "is_power_of_two",
        "explanation": "2 的幂在二进制中只有一个 1，n & (n - 1) 会清除最低位的 1，因此结果为 0 当且仅当 n 最多只有一个 1。还必须要求 n > 0，因为 0 & (-1) 也等于 0。",
        "solution": '''def is_power_of_two(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0
''',
        "tests": [
            "assert is_power_of_two(1) == True",
            "assert is_power_of_two(16) == True",
            "assert is_power_of_two(6) == False",
            "assert is_power_of_two(0) == False",
            "assert is_power_of_two(-8) == False",
        ],
        "poor_style": '''def is_power_of_two(n):
    if n <= 0:
        return False
    x = n
    result = True
    while x > 1:
        if x % 2 != 0:
            result = False
            break
        x = x // 2
    return result
''',
        "partly_wrong": '''def is_power_of_two(n):
    return (n & (n - 1)) == 0
''',
    },
    {
        "id": "zh_collatz_steps",
        "category": "math",
        "prompt": "用Python计算考拉兹（3n+1）步数：编写函数 `collatz_steps(n)`，n 为正整数。规则：若 n 为偶数则变为 n // 2，若为奇数则变为 3n + 1。返回从 n 到达 1 所需的步数（n 为 1 时返回 0）。",
        "entry_point": "collatz_steps",
        "explanation": "直接模拟即可：只要 n 不等于 1，就按奇偶规则变换并把步数加一。循环条件必须是 n != 1，若写成 n > 2 会漏掉从 2 到 1 的最后一步。",
        "solution": '''def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
''',
        "tests": [
            "assert collatz_steps(1) == 0",
            "assert collatz_steps(6) == 8",
            "assert collatz_steps(7) == 16",
            "assert collatz_steps(27) == 111",
        ],
        "poor_style": '''def collatz_steps(n):
    seq = [n]
    while seq[len(seq) - 1] != 1:
        last = seq[len(seq) - 1]
        if last % 2 == 0:
            seq.append(int(last / 2))
        else:
            seq.append(3 * last + 1)
    return len(seq) - 1
''',
        "partly_wrong": '''def collatz_steps(n):
    steps = 0
    while n > 2:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
''',
    },
    {
        "id": "zh_digital_root",
        "category": "math",
        "prompt": "用Python求数根：编写函数 `digital_root(n)`，n 为非负整数。反复把 n 替换为它的各位数字之和，直到结果只剩一位数，返回这个一位数。例如 59 → 5 + 9 = 14 → 1 + 4 = 5，返回 5。",
        "entry_point": "digital_root",
        "explanation": "一个数与它的各位数字之和模 9 同余，因此正整数的数根等于 1 + (n - 1) % 9，0 的数根是 0。这样无需循环，O(1) 即可得到结果。",
        "solution": '''def digital_root(n: int) -> int:
    if n == 0:
        return 0
    return 1 + (n - 1) % 9
''',
        "tests": [
            "assert digital_root(47) == 2",
            "assert digital_root(5) == 5",
            "assert digital_root(0) == 0",
            "assert digital_root(12345) == 6",
            "assert digital_root(9) == 9",
        ],
        "poor_style": '''def digital_root(n):
    s = str(n)
    while len(s) > 1:
        t = 0
        for i in range(len(s)):
            t = t + int(s[i])
        s = str(t)
    return int(s)
''',
        "partly_wrong": '''def digital_root(n):
    return sum(int(d) for d in str(n))
''',
    },
    {
        "id": "zh_factorial_trailing_zeros",
        "category": "math",
        "prompt": "用Python统计阶乘末尾 0 的个数：编写函数 `factorial_trailing_zeros(n)`，n 为非负整数，返回 n! 的十进制表示末尾连续 0 的个数。要求不计算 n! 本身，时间复杂度 O(log n)。",
        "entry_point": "factorial_trailing_zeros",
        "explanation": "末尾的 0 来自因子 2 × 5，而因子 2 远多于 5，所以只需统计 1..n 中因子 5 的总个数：n//5 + n//25 + n//125 + …。像 25 这样的数贡献两个 5，只算 n//5 会漏掉。",
        "solution": '''def factorial_trailing_zeros(n: int) -> int:
    count = 0
    while n:
        n //= 5
        count += n
    return count
''',
        "tests": [
            "assert factorial_trailing_zeros(5) == 1",
            "assert factorial_trailing_zeros(10) == 2",
            "assert factorial_trailing_zeros(25) == 6",
            "assert factorial_trailing_zeros(100) == 24",
            "assert factorial_trailing_zeros(0) == 0",
        ],
        "poor_style": '''def factorial_trailing_zeros(n):
    f = 1
    for i in range(1, n + 1):
        f = f * i
    s = str(f)
    z = 0
    for i in range(len(s) - 1, -1, -1):
        if s[i] == '0':
            z = z + 1
        else:
            break
    return z
''',
        "partly_wrong": '''def factorial_trailing_zeros(n):
    return n // 5
''',
    },
    {
        "id": "zh_count_set_bits",
        "category": "math",
        "prompt": "用Python统计二进制中 1 的个数：编写函数 `count_set_bits(n)`，n 为非负整数，返回 n 的二进制表示中 1 的个数。要求用位运算实现（例如 n & (n - 1)），不要把数字转成字符串。",
        "entry_point": "count_set_bits",
        "explanation": "n & (n - 1) 每次会把 n 最低位的 1 清零，循环执行直到 n 变为 0，执行的次数就是 1 的个数。循环次数只与 1 的个数有关，与位宽无关。",
        "solution": '''def count_set_bits(n: int) -> int:
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
''',
        "tests": [
            "assert count_set_bits(0) == 0",
            "assert count_set_bits(1) == 1",
            "assert count_set_bits(7) == 3",
            "assert count_set_bits(8) == 1",
            "assert count_set_bits(255) == 8",
        ],
        "poor_style": '''def count_set_bits(n):
    bits = []
    while n > 0:
        bits.append(n % 2)
        n = n // 2
    total = 0
    for i in range(len(bits)):
        if bits[i] == 1:
            total = total + 1
    return total
''',
        "partly_wrong": '''def count_set_bits(n):
    count = 0
    while n > 1:
        n &= n - 1
        count += 1
    return count
''',
    },
    {
        "id": "zh_reverse_string",
        "category": "string",
        "prompt": "用Python反转字符串：编写函数 `reverse_string(s)`，返回字符串 s 的逆序字符串，例如 'hello' 返回 'olleh'；空字符串返回空字符串，中文字符同样按字符反转。",
        "entry_point": "reverse_string",
        "explanation": "Python 的切片 s[::-1] 以步长 -1 从尾到头取出所有字符，直接得到反转后的字符串。Python 3 的字符串按 Unicode 字符存储，所以中文也能被正确反转。",
        "solution": '''def reverse_string(s: str) -> str:
    return s[::-1]
''',
        "tests": [
            "assert reverse_string('hello') == 'olleh'",
            "assert reverse_string('') == ''",
            "assert reverse_string('a') == 'a'",
            "assert reverse_string('上海') == '海上'",
        ],
        "poor_style": '''def reverse_string(s):
    r = ''
    i = 0
    while i < len(s):
        r = s[i] + r
        i = i + 1
    return r
''',
        "partly_wrong": '''def reverse_string(s):
    return s[:0:-1]
''',
    },
    {
        "id": "zh_is_clean_palindrome",
        "category": "string",
        "prompt": "用Python判断回文串：编写函数 `is_clean_palindrome(s)`，只考虑 s 中的字母和数字（即 str.isalnum() 为真的字符），并忽略大小写，判断它是否是回文，是则返回 True，否则返回 False。空字符串视为回文。",
        "entry_point": "is_clean_palindrome",
        "explanation": "先过滤出字母数字字符并统一转成小写，再与自身的逆序比较即可。忘记转小写会导致 'A' 与 'a' 被当作不同字符。",
        "solution": '''def is_clean_palindrome(s: str) -> bool:
    cleaned = [ch.lower() for ch in s if ch.isalnum()]
    return cleaned == cleaned[::-1]
''',
        "tests": [
            "assert is_clean_palindrome('Abc, cBA') == True",
            "assert is_clean_palindrome('hello, world') == False",
            "assert is_clean_palindrome('') == True",
            "assert is_clean_palindrome('Top spot!') == True",
            "assert is_clean_palindrome('ab') == False",
        ],
        "poor_style": '''def is_clean_palindrome(s):
    t = ''
    for c in s:
        if c.isalnum() == True:
            t = t + c.lower()
    ok = True
    for i in range(len(t)):
        if t[i] != t[len(t) - 1 - i]:
            ok = False
    return ok
''',
        "partly_wrong": '''def is_clean_palindrome(s):
    cleaned = [ch for ch in s if ch.isalnum()]
    return cleaned == cleaned[::-1]
''',
    },
    {
        "id": "zh_are_anagrams",
        "category": "string",
        "prompt": "用Python判断变位词：编写函数 `are_anagrams(a, b)`，忽略空格和大小写后，若字符串 a 和 b 由完全相同的字符（含出现次数）组成则返回 True，否则返回 False。例如 'Silent Night' 与 'listen thing' 互为变位词。",
        "entry_point": "are_anagrams",
        "explanation": "先去掉空格并转成小写，再用 collections.Counter 统计字符频次并比较，时间复杂度 O(n)。直接比较排序结果也可以，但要先做同样的规范化处理。",
        "solution": '''from collections import Counter


def are_anagrams(a: str, b: str) -> bool:
    def normalize(text: str) -> Counter:
        return Counter(text.replace(" ", "").lower())

    return normalize(a) == normalize(b)
''',
        "tests": [
            "assert are_anagrams('night', 'thing') == True",
            "assert are_anagrams('Tea Pot', 'top eat') == True",
            "assert are_anagrams('abc', 'abd') == False",
            "assert are_anagrams('', '') == True",
            "assert are_anagrams('aab', 'abb') == False",
        ],
        "poor_style": '''def are_anagrams(a, b):
    x = a.replace(' ', '').lower()
    y = b.replace(' ', '').lower()
    if len(x) != len(y):
        return False
    for ch in x:
        if x.count(ch) != y.count(ch):
            return False
    for ch in y:
        if x.count(ch) != y.count(ch):
            return False
    return True
''',
        "partly_wrong": '''def are_anagrams(a, b):
    return sorted(a) == sorted(b)
''',
    },
    {
        "id": "zh_run_length_encode",
        "category": "string",
        "prompt": "用Python实现游程编码压缩：编写函数 `run_length_encode(s)`，把字符串中连续重复的字符压缩为“字符+重复次数”，次数为 1 时也要写出，例如 'aaabcc' 返回 'a3b1c2'；空字符串返回空字符串。",
        "entry_point": "run_length_encode",
        "explanation": "itertools.groupby 会把相邻且相同的字符分成一组，对每组输出字符和组长度再拼接即可。手写循环时最容易漏掉的是最后一组，而 groupby 天然没有这个问题。",
        "solution": '''from itertools import groupby


def run_length_encode(s: str) -> str:
    return "".join(f"{ch}{len(list(group))}" for ch, group in groupby(s))
''',
        "tests": [
            "assert run_length_encode('aaabcc') == 'a3b1c2'",
            "assert run_length_encode('') == ''",
            "assert run_length_encode('abc') == 'a1b1c1'",
            "assert run_length_encode('zzzzzzzzzzzz') == 'z12'",
        ],
        "poor_style": '''def run_length_encode(s):
    out = ''
    i = 0
    while i < len(s):
        c = s[i]
        n = 0
        j = i
        while j < len(s):
            if s[j] == c:
                n = n + 1
                j = j + 1
            else:
                break
        out = out + c + str(n)
        i = i + n
    return out
''',
        "partly_wrong": '''def run_length_encode(s):
    result = ""
    count = 1
    for i in range(1, len(s)):
        if s[i] == s[i - 1]:
            count += 1
        else:
            result += s[i - 1] + str(count)
            count = 1
    return result
''',
    },
    {
        "id": "zh_run_length_decode",
        "category": "string",
        "prompt": "用Python实现游程编码解压：编写函数 `run_length_decode(s)`，s 由若干“英文字母+正整数”片段组成（次数可能是多位数），返回解压后的字符串，例如 'a3b1c2' 返回 'aaabcc'，'x12' 返回 12 个 'x'；空字符串返回空字符串。",
        "entry_point": "run_length_decode",
        "explanation": "用正则 ([a-zA-Z])([0-9]+) 一次性提取出每个字母和它后面的完整数字串，这样多位数的次数也能正确解析。然后把每个字母重复对应次数并拼接。",
        "solution": '''import re


def run_length_decode(s: str) -> str:
    return "".join(ch * int(count) for ch, count in re.findall("([a-zA-Z])([0-9]+)", s))
''',
        "tests": [
            "assert run_length_decode('a3b1c2') == 'aaabcc'",
            "assert run_length_decode('') == ''",
            "assert run_length_decode('x12') == 'xxxxxxxxxxxx'",
            "assert run_length_decode('A1b10') == 'Abbbbbbbbbb'",
        ],
        "poor_style": '''def run_length_decode(s):
    res = ''
    letter = ''
    num = ''
    for i in range(len(s)):
        if s[i].isdigit() == False:
            if letter != '':
                for k in range(int(num)):
                    res = res + letter
            letter = s[i]
            num = ''
        else:
            num = num + s[i]
    if letter != '':
        for k in range(int(num)):
            res = res + letter
    return res
''',
        "partly_wrong": '''def run_length_decode(s):
    result = ""
    for i in range(0, len(s), 2):
        result += s[i] * int(s[i + 1])
    return result
''',
    },
    {
        "id": "zh_camel_to_snake",
        "category": "string",
        "prompt": "用Python把驼峰命名转换为蛇形命名：编写函数 `camel_to_snake(name)`，name 只包含英文字母，把每个大写字母替换为 '_' 加对应的小写字母；但如果大写字母位于开头，则只转成小写、不加下划线。例如 'helloWorld' 返回 'hello_world'，'HelloWorld' 返回 'hello_world'。",
        "entry_point": "camel_to_snake",
        "explanation": "逐字符扫描，遇到大写字母且不是第一个字符时先追加下划线，再追加其小写形式。最后用 join 拼接，避免在循环中反复创建字符串。",
        "solution": '''def camel_to_snake(name: str) -> str:
    parts = []
    for i, ch in enumerate(name):
        if ch.isupper():
            if i > 0:
                parts.append("_")
            parts.append(ch.lower())
        else:
            parts.append(ch)
    return "".join(parts)
''',
        "tests": [
            "assert camel_to_snake('helloWorld') == 'hello_world'",
            "assert camel_to_snake('HelloWorld') == 'hello_world'",
            "assert camel_to_snake('x') == 'x'",
            "assert camel_to_snake('userIdValue') == 'user_id_value'",
        ],
        "poor_style": '''def camel_to_snake(name):
    out = ''
    first = True
    for c in name:
        if c >= 'A' and c <= 'Z':
            if first == True:
                out = out + chr(ord(c) + 32)
            else:
                out = out + '_' + chr(ord(c) + 32)
        else:
            out = out + c
        first = False
    return out
''',
        "partly_wrong": '''def camel_to_snake(name):
    result = ""
    for ch in name:
        if ch.isupper():
            result += "_" + ch.lower()
        else:
            result += ch
    return result
''',
    },
    {
        "id": "zh_snake_to_camel",
        "category": "string",
        "prompt": "用Python把蛇形命名转换为小驼峰命名：编写函数 `snake_to_camel(name)`，name 由小写字母和下划线组成。按 '_' 切分并忽略空片段，第一个片段保持原样，其余片段首字母大写后拼接。例如 'hello_world_foo' 返回 'helloWorldFoo'，'_private_var' 返回 'privateVar'，只有下划线或空串时返回 ''。",
        "entry_point": "snake_to_camel",
        "explanation": "先用 split('_') 切分并过滤掉空字符串，这样开头、结尾或连续的下划线都不会产生空片段。第一个片段原样保留，后续片段把首字母转成大写再拼接。",
        "solution": '''def snake_to_camel(name: str) -> str:
    parts = [part for part in name.split("_") if part]
    if not parts:
        return ""
    return parts[0] + "".join(part[0].upper() + part[1:] for part in parts[1:])
''',
        "tests": [
            "assert snake_to_camel('hello_world_foo') == 'helloWorldFoo'",
            "assert snake_to_camel('_private_var') == 'privateVar'",
            "assert snake_to_camel('') == ''",
            "assert snake_to_camel('single') == 'single'",
            "assert snake_to_camel('a__b') == 'aB'",
        ],
        "poor_style": '''def snake_to_camel(name):
    res = ''
    up = False
    started = False
    for i in range(len(name)):
        c = name[i]
        if c == '_':
            if started == True:
                up = True
        else:
            if up == True:
                res = res + c.upper()
                up = False
            else:
                res = res + c
            started = True
    return res
''',
        "partly_wrong": '''def snake_to_camel(name):
    parts = name.split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])
''',
    },
    {
        "id": "zh_word_frequency",
        "category": "string",
        "prompt": "用Python统计单词频率：编写函数 `word_frequency(text)`，把 text 中连续的英文字母序列视为一个单词（标点、数字和空白都是分隔符），不区分大小写（统一转成小写），返回字典 {单词: 出现次数}。",
        "entry_point": "word_frequency",
        "explanation": "先把文本转成小写，再用正则 [a-z]+ 提取所有连续字母串，这样标点不会粘在单词上。最后交给 collections.Counter 计数并转成普通字典。",
        "solution": '''import re
from collections import Counter


def word_frequency(text: str) -> dict[str, int]:
    return dict(Counter(re.findall("[a-z]+", text.lower())))
''',
        "tests": [
            "assert word_frequency('Hi, hi! Bye.') == {'hi': 2, 'bye': 1}",
            "assert word_frequency('a b a') == {'a': 2, 'b': 1}",
            "assert word_frequency('') == {}",
            "assert word_frequency('The cat and THE hat') == {'the': 2, 'cat': 1, 'and': 1, 'hat': 1}",
        ],
        "poor_style": '''def word_frequency(text):
    d = {}
    w = ''
    for c in text + ' ':
        if ('a' <= c and c <= 'z') or ('A' <= c and c <= 'Z'):
            w = w + c.lower()
        else:
            if w != '':
                if w in d.keys():
                    d[w] = d[w] + 1
                else:
                    d[w] = 1
            w = ''
    return d
''',
        "partly_wrong": '''def word_frequency(text):
    counts = {}
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts
''',
    },
    {
        "id": "zh_caesar_cipher",
        "category": "string",
        "prompt": "用Python实现凯撒密码：编写函数 `caesar_cipher(text, shift)`，把 text 中的每个英文字母在字母表中循环移动 shift 位（shift 可以为负数或大于 26），大小写保持不变，非字母字符原样保留，返回加密后的字符串。",
        "entry_point": "caesar_cipher",
        "explanation": "对每个字母，先减去 'a' 或 'A' 的编码得到 0-25 的位置，加上 shift 后对 26 取模实现循环，再加回基准字符。Python 的 % 对负数也返回非负结果，所以负的 shift 同样适用。",
        "solution": '''def caesar_cipher(text: str, shift: int) -> str:
    result = []
    for ch in text:
        if "a" <= ch <= "z" or "A" <= ch <= "Z":
            base = ord("a") if ch.islower() else ord("A")
            result.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            result.append(ch)
    return "".join(result)
''',
        "tests": [
            "assert caesar_cipher('abc', 1) == 'bcd'",
            "assert caesar_cipher('xyz', 3) == 'abc'",
            "assert caesar_cipher('Hello, World!', 3) == 'Khoor, Zruog!'",
            "assert caesar_cipher('abc', -1) == 'zab'",
            "assert caesar_cipher('Zz', 27) == 'Aa'",
        ],
        "poor_style": '''def caesar_cipher(text, shift):
    low = 'abcdefghijklmnopqrstuvwxyz'
    up = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    out = ''
    for c in text:
        if c in low:
            i = low.index(c)
            j = i + shift
            while j < 0:
                j = j + 26
            while j >= 26:
                j = j - 26
            out = out + low[j]
        elif c in up:
            i = up.index(c)
            j = i + shift
            while j < 0:
                j = j + 26
            while j >= 26:
                j = j - 26
            out = out + up[j]
        else:
            out = out + c
    return out
''',
        "partly_wrong": '''def caesar_cipher(text, shift):
    result = ""
    for ch in text:
        if ch.isalpha():
            result += chr(ord(ch) + shift)
        else:
            result += ch
    return result
''',
    },
    {
        "id": "zh_longest_common_prefix",
        "category": "string",
        "prompt": "用Python求最长公共前缀：编写函数 `longest_common_prefix(words)`，返回字符串列表 words 中所有字符串的最长公共前缀；如果没有公共前缀或列表为空，返回空字符串。",
        "entry_point": "longest_common_prefix",
        "explanation": "zip(*words) 按位置把所有字符串的第 i 个字符打包成元组，并在最短字符串结束时自动停止；只要某个位置的字符集合大小不为 1 就停止。这样无需手动处理长度越界。",
        "solution": '''def longest_common_prefix(words: list[str]) -> str:
    prefix = []
    for chars in zip(*words):
        if len(set(chars)) != 1:
            break
        prefix.append(chars[0])
    return "".join(prefix)
''',
        "tests": [
            "assert longest_common_prefix(['stream', 'street', 'strong']) == 'str'",
            "assert longest_common_prefix(['cat', 'dog']) == ''",
            "assert longest_common_prefix([]) == ''",
            "assert longest_common_prefix(['abc', 'ab']) == 'ab'",
            "assert longest_common_prefix(['same']) == 'same'",
        ],
        "poor_style": '''def longest_common_prefix(words):
    if len(words) == 0:
        return ''
    first = words[0]
    for L in range(len(first), -1, -1):
        p = first[0:L]
        good = True
        for w in words:
            if w.startswith(p) == False:
                good = False
        if good == True:
            return p
    return ''
''',
        "partly_wrong": '''def longest_common_prefix(words):
    if not words:
        return ""
    prefix = ""
    for i in range(len(words[0])):
        ch = words[0][i]
        for w in words[1:]:
            if w[i] != ch:
                return prefix
        prefix += ch
    return prefix
''',
    },
    {
        "id": "zh_count_vowels",
        "category": "string",
        "prompt": "用Python统计元音字母：编写函数 `count_vowels(s)`，返回字符串 s 中英文元音字母 a、e、i、o、u 的个数，不区分大小写。",
        "entry_point": "count_vowels",
        "explanation": "把 s 转成小写后逐字符判断是否属于集合 {'a', 'e', 'i', 'o', 'u'}，用 sum 统计布尔值的个数。集合的成员判断是 O(1)。",
        "solution": '''VOWELS = set("aeiou")


def count_vowels(s: str) -> int:
    return sum(1 for ch in s.lower() if ch in VOWELS)
''',
        "tests": [
            "assert count_vowels('Hello') == 2",
            "assert count_vowels('AEIOU xyz') == 5",
            "assert count_vowels('') == 0",
            "assert count_vowels('rhythm') == 0",
        ],
        "poor_style": '''def count_vowels(s):
    n = 0
    for c in s:
        if c == 'a' or c == 'e' or c == 'i' or c == 'o' or c == 'u' or c == 'A' or c == 'E' or c == 'I' or c == 'O' or c == 'U':
            n = n + 1
    return n
''',
        "partly_wrong": '''def count_vowels(s):
    return sum(1 for ch in s if ch in "aeiou")
''',
    },
    {
        "id": "zh_first_unique_char",
        "category": "string",
        "prompt": "用Python查找第一个不重复的字符：编写函数 `first_unique_char(s)`，返回字符串 s 中第一个在整个字符串里只出现一次的字符的下标；如果不存在，返回 -1。",
        "entry_point": "first_unique_char",
        "explanation": "先用 Counter 统计每个字符在整个字符串中的出现次数，再按顺序扫描，找到第一个次数为 1 的字符。两次线性扫描，时间复杂度 O(n)。",
        "solution": '''from collections import Counter


def first_unique_char(s: str) -> int:
    counts = Counter(s)
    for i, ch in enumerate(s):
        if counts[ch] == 1:
            return i
    return -1
''',
        "tests": [
            "assert first_unique_char('swiss') == 1",
            "assert first_unique_char('banana') == 0",
            "assert first_unique_char('aabb') == -1",
            "assert first_unique_char('') == -1",
            "assert first_unique_char('xxyz') == 2",
        ],
        "poor_style": '''def first_unique_char(s):
    for i in range(len(s)):
        c = 0
        for j in range(len(s)):
            if s[j] == s[i]:
                c = c + 1
        if c == 1:
            return i
    return -1
''',
        "partly_wrong": '''def first_unique_char(s):
    for i in range(len(s)):
        left_ok = i == 0 or s[i] != s[i - 1]
        right_ok = i == len(s) - 1 or s[i] != s[i + 1]
        if left_ok and right_ok:
            return i
    return -1
''',
    },
    {
        "id": "zh_longest_unique_substring",
        "category": "string",
        "prompt": "用Python求无重复字符的最长子串：编写函数 `longest_unique_substring(s)`，返回字符串 s 中不含重复字符的最长连续子串的长度。要求使用滑动窗口，时间复杂度 O(n)。",
        "entry_point": "longest_unique_substring",
        "explanation": "用字典记录每个字符最后出现的位置，窗口左端 start 只能向右移动：遇到重复字符时令 start = max(start, 上次位置 + 1)。取 max 是关键，否则像 'abba' 这样的输入会让窗口左端回退。",
        "solution": '''def longest_unique_substring(s: str) -> int:
    last_seen = {}
    start = best = 0
    for i, ch in enumerate(s):
        if ch in last_seen:
            start = max(start, last_seen[ch] + 1)
        last_seen[ch] = i
        best = max(best, i - start + 1)
    return best
''',
        "tests": [
            "assert longest_unique_substring('abcbdef') == 5",
            "assert longest_unique_substring('aaaa') == 1",
            "assert longest_unique_substring('') == 0",
            "assert longest_unique_substring('xyzxyzz') == 3",
            "assert longest_unique_substring('abba') == 2",
        ],
        "poor_style": '''def longest_unique_substring(s):
    best = 0
    for i in range(len(s)):
        for j in range(i, len(s)):
            sub = s[i:j + 1]
            if len(set(sub)) == len(sub):
                if len(sub) > best:
                    best = len(sub)
    return best
''',
        "partly_wrong": '''def longest_unique_substring(s):
    last_seen = {}
    start = best = 0
    for i, ch in enumerate(s):
        if ch in last_seen:
            start = last_seen[ch] + 1
        last_seen[ch] = i
        best = max(best, i - start + 1)
    return best
''',
    },
    {
        "id": "zh_longest_palindromic_substring",
        "category": "string",
        "prompt": "用Python求最长回文子串：编写函数 `longest_palindromic_substring(s)`，返回字符串 s 中最长的回文连续子串；若有多个长度相同的最长回文子串，返回最靠左的那个；空字符串返回空字符串。",
        "entry_point": "longest_palindromic_substring",
        "explanation": "中心扩展法：每个位置 i 既可以作为奇数长度回文的中心，也可以和 i+1 一起作为偶数长度回文的中心，向两边扩展直到字符不相等。只在找到严格更长的回文时才更新答案，从而保证返回最靠左的一个，时间复杂度 O(n^2)。",
        "solution": '''def longest_palindromic_substring(s: str) -> str:
    def expand(left: int, right: int) -> tuple[int, int]:
        while left >= 0 and right < len(s) and s[left] == s[right]:
            left -= 1
            right += 1
        return left + 1, right

    best_start, best_end = 0, 0
    for i in range(len(s)):
        for start, end in (expand(i, i), expand(i, i + 1)):
            if end - start > best_end - best_start:
                best_start, best_end = start, end
    return s[best_start:best_end]
''',
        "tests": [
            "assert longest_palindromic_substring('xabaz') == 'aba'",
            "assert longest_palindromic_substring('zxyyxw') == 'xyyx'",
            "assert longest_palindromic_substring('') == ''",
            "assert longest_palindromic_substring('abacdc') == 'aba'",
            "assert longest_palindromic_substring('abcbaxyzzyx') == 'xyzzyx'",
        ],
        "poor_style": '''def longest_palindromic_substring(s):
    n = len(s)
    for L in range(n, 0, -1):
        for i in range(0, n - L + 1):
            sub = s[i:i + L]
            rev = ''
            for c in sub:
                rev = c + rev
            if sub == rev:
                return sub
    return ''
''',
        "partly_wrong": '''def longest_palindromic_substring(s):
    best = ""
    for i in range(len(s)):
        left, right = i, i
        while left >= 0 and right < len(s) and s[left] == s[right]:
            left -= 1
            right += 1
        if right - left - 1 > len(best):
            best = s[left + 1:right]
    return best
''',
    },
    {
        "id": "zh_reverse_words",
        "category": "string",
        "prompt": "用Python反转句子中单词的顺序：编写函数 `reverse_words(sentence)`，单词之间由一个或多个空格分隔，句首句尾也可能有空格。返回单词顺序反转后的字符串，单词之间只保留一个空格，且首尾没有空格。",
        "entry_point": "reverse_words",
        "explanation": "不带参数的 str.split() 会按任意长度的空白切分并自动丢弃空字符串，正好处理多余空格。把单词列表反转后用单个空格 join 即可。",
        "solution": '''def reverse_words(sentence: str) -> str:
    return " ".join(reversed(sentence.split()))
''',
        "tests": [
            "assert reverse_words('python is fun') == 'fun is python'",
            "assert reverse_words('  lead and  trail  ') == 'trail and lead'",
            "assert reverse_words('one') == 'one'",
            "assert reverse_words('') == ''",
        ],
        "poor_style": '''def reverse_words(sentence):
    words = []
    cur = ''
    for c in sentence:
        if c == ' ':
            if cur != '':
                words.append(cur)
            cur = ''
        else:
            cur = cur + c
    if cur != '':
        words.append(cur)
    out = ''
    for i in range(len(words) - 1, -1, -1):
        out = out + words[i]
        if i != 0:
            out = out + ' '
    return out
''',
        "partly_wrong": '''def reverse_words(sentence):
    return " ".join(reversed(sentence.split(" ")))
''',
    },
    {
        "id": "zh_capitalize_words",
        "category": "string",
        "prompt": "用Python实现单词首字母大写：编写函数 `capitalize_words(s)`，把字符串 s 中按空格 ' ' 分隔的每个片段的第一个字符转为大写、其余字符转为小写，空格的数量和位置保持不变。注意：以数字开头的片段如 '2nd' 应保持为 '2nd'。",
        "entry_point": "capitalize_words",
        "explanation": "用 split(' ') 切分会保留连续空格产生的空片段，对每个片段调用 str.capitalize()（首字符大写、其余小写），再用 ' ' 拼回去即可还原空格。不能用 str.title()，它会把数字后面的字母也变成大写。",
        "solution": '''def capitalize_words(s: str) -> str:
    return " ".join(word.capitalize() for word in s.split(" "))
''',
        "tests": [
            "assert capitalize_words('hello wORLD') == 'Hello World'",
            "assert capitalize_words('2nd place') == '2nd Place'",
            "assert capitalize_words('') == ''",
            "assert capitalize_words('a  b') == 'A  B'",
        ],
        "poor_style": '''def capitalize_words(s):
    out = ''
    new_word = True
    for i in range(len(s)):
        c = s[i]
        if c == ' ':
            out = out + c
            new_word = True
        else:
            if new_word == True:
                out = out + c.upper()
                new_word = False
            else:
                out = out + c.lower()
    return out
''',
        "partly_wrong": '''def capitalize_words(s):
    return s.title()
''',
    },
    {
        "id": "zh_is_rotation",
        "category": "string",
        "prompt": "用Python判断字符串旋转：编写函数 `is_rotation(a, b)`，如果字符串 b 可以通过把 a 的某个前缀整体移到末尾得到（即 b 是 a 的旋转），返回 True，否则返回 False。例如 'nanaba' 是 'banana' 的旋转；两个空字符串视为互为旋转。",
        "entry_point": "is_rotation",
        "explanation": "a 的所有旋转都是 a + a 的长度为 len(a) 的子串，所以只需检查长度相等且 b 出现在 a + a 中。长度检查不能省略，否则较短的子串也会被误判为旋转。",
        "solution": '''def is_rotation(a: str, b: str) -> bool:
    return len(a) == len(b) and b in a + a
''',
        "tests": [
            "assert is_rotation('abcde', 'cdeab') == True",
            "assert is_rotation('abc', 'acb') == False",
            "assert is_rotation('abc', 'ab') == False",
            "assert is_rotation('', '') == True",
            "assert is_rotation('rotation', 'tationro') == True",
        ],
        "poor_style": '''def is_rotation(a, b):
    if len(a) != len(b):
        return False
    if len(a) == 0:
        return True
    res = False
    for i in range(len(a)):
        r = a[i:len(a)] + a[0:i]
        if r == b:
            res = True
    return res
''',
        "partly_wrong": '''def is_rotation(a, b):
    return b in a + a
''',
    },
    {
        "id": "zh_char_frequency",
        "category": "string",
        "prompt": "用Python统计字符出现次数：编写函数 `char_frequency(s)`，返回一个字典，键是字符串 s 中出现过的每个字符（包括空格和标点，区分大小写），值是该字符出现的次数。",
        "entry_point": "char_frequency",
        "explanation": "collections.Counter 一次遍历就能统计所有字符的频次，把它转换成普通 dict 返回即可。所有字符都要计数，不能只统计字母。",
        "solution": '''from collections import Counter


def char_frequency(s: str) -> dict[str, int]:
    return dict(Counter(s))
''',
        "tests": [
            "assert char_frequency('hello') == {'h': 1, 'e': 1, 'l': 2, 'o': 1}",
            "assert char_frequency('') == {}",
            "assert char_frequency('a a') == {'a': 2, ' ': 1}",
            "assert char_frequency('Aa!') == {'A': 1, 'a': 1, '!': 1}",
        ],
        "poor_style": '''def char_frequency(s):
    d = {}
    for ch in s:
        d[ch] = s.count(ch)
    return d
''',
        "partly_wrong": '''def char_frequency(s):
    freq = {}
    for ch in s:
        if ch.isalpha():
            freq[ch] = freq.get(ch, 0) + 1
    return freq
''',
    },
    {
        "id": "zh_remove_duplicate_chars",
        "category": "string",
        "prompt": "用Python删除重复字符：编写函数 `remove_duplicate_chars(s)`，返回一个新字符串，只保留 s 中每个字符第一次出现的那一个，并保持它们原有的先后顺序。例如 'banana' 返回 'ban'。",
        "entry_point": "remove_duplicate_chars",
        "explanation": "dict.fromkeys(s) 会按首次出现的顺序保留每个字符作为键（Python 3.7+ 字典保持插入顺序），再把这些键拼接起来即可，时间复杂度 O(n)。用 set 去重会打乱顺序。",
        "solution": '''def remove_duplicate_chars(s: str) -> str:
    return "".join(dict.fromkeys(s))
''',
        "tests": [
            "assert remove_duplicate_chars('banana') == 'ban'",
            "assert remove_duplicate_chars('abc') == 'abc'",
            "assert remove_duplicate_chars('') == ''",
            "assert remove_duplicate_chars('aabbcc') == 'abc'",
            "assert remove_duplicate_chars('mississippi') == 'misp'",
        ],
        "poor_style": '''def remove_duplicate_chars(s):
    r = ''
    for i in range(len(s)):
        dup = False
        for j in range(i):
            if s[j] == s[i]:
                dup = True
        if dup == False:
            r = r + s[i]
    return r
''',
        "partly_wrong": '''def remove_duplicate_chars(s):
    return "".join(sorted(set(s)))
''',
    },
    {
        "id": "zh_has_unique_chars",
        "category": "string",
        "prompt": "用Python判断字符是否全部唯一：编写函数 `has_unique_chars(s)`，如果字符串 s 中没有任何字符出现两次及以上，返回 True，否则返回 False；空字符串返回 True。",
        "entry_point": "has_unique_chars",
        "explanation": "集合会自动去重，如果 set(s) 的大小等于 len(s)，说明没有重复字符。时间复杂度 O(n)；只比较相邻字符是不够的，重复字符可能相隔很远。",
        "solution": '''def has_unique_chars(s: str) -> bool:
    return len(set(s)) == len(s)
''',
        "tests": [
            "assert has_unique_chars('abc') == True",
            "assert has_unique_chars('aab') == False",
            "assert has_unique_chars('') == True",
            "assert has_unique_chars('abca') == False",
        ],
        "poor_style": '''def has_unique_chars(s):
    ok = True
    for i in range(len(s)):
        for j in range(len(s)):
            if i != j and s[i] == s[j]:
                ok = False
    return ok
''',
        "partly_wrong": '''def has_unique_chars(s):
    for i in range(1, len(s)):
        if s[i] == s[i - 1]:
            return False
    return True
''',
    },
    {
        "id": "zh_is_pangram",
        "category": "string",
        "prompt": "用Python判断全字母句：编写函数 `is_pangram(s)`，如果字符串 s 包含全部 26 个英文字母（不区分大小写，每个至少出现一次），返回 True，否则返回 False。",
        "entry_point": "is_pangram",
        "explanation": "把 s 转成小写后放进集合，检查 string.ascii_lowercase 的 26 个字母是否都是它的子集。不转小写的话，只以大写形式出现的字母会被漏判。",
        "solution": '''import string


def is_pangram(s: str) -> bool:
    return set(string.ascii_lowercase) <= set(s.lower())
''',
        "tests": [
            "assert is_pangram('Quiz: jumpy black dogs vex the fawn, grr') == True",
            "assert is_pangram('Hello world') == False",
            "assert is_pangram('ABCDEFGHIJKLMNOPQRSTUVWXYZ') == True",
            "assert is_pangram('') == False",
        ],
        "poor_style": '''def is_pangram(s):
    letters = 'abcdefghijklmnopqrstuvwxyz'
    for l in letters:
        found = False
        for c in s:
            if c == l or c == l.upper():
                found = True
        if found == False:
            return False
    return True
''',
        "partly_wrong": '''def is_pangram(s):
    return all(ch in s for ch in "abcdefghijklmnopqrstuvwxyz")
''',
    },
    {
        "id": "zh_parse_int",
        "category": "string",
        "prompt": "用Python实现字符串转整数：编写函数 `parse_int(s)`，规则：先跳过开头的空格；然后可选地读取一个 '+' 或 '-' 号；再读取尽可能多的连续数字，遇到第一个非数字字符即停止。返回得到的整数，如果没有读到任何数字则返回 0。不要直接对整个字符串调用 int()。",
        "entry_point": "parse_int",
        "explanation": "按规则分三步用下标推进：跳过空格、读取符号、逐位累加数字（value = value * 10 + 数字）。遇到非数字立即停止，没有读到数字时累加结果自然为 0。",
        "solution": '''def parse_int(s: str) -> int:
    i, n = 0, len(s)
    while i < n and s[i] == " ":
        i += 1
    sign = 1
    if i < n and s[i] in "+-":
        sign = -1 if s[i] == "-" else 1
        i += 1
    value = 0
    while i < n and s[i].isdigit():
        value = value * 10 + (ord(s[i]) - ord("0"))
        i += 1
    return sign * value
''',
        "tests": [
            "assert parse_int('42') == 42",
            "assert parse_int('   42') == 42",
            "assert parse_int('-13abc') == -13",
            "assert parse_int('abc') == 0",
            "assert parse_int('+7') == 7",
        ],
        "poor_style": '''def parse_int(s):
    state = 'space'
    neg = False
    digits = ''
    for c in s:
        if state == 'space':
            if c == ' ':
                continue
            elif c == '-':
                neg = True
                state = 'num'
            elif c == '+':
                neg = False
                state = 'num'
            elif c in '0123456789':
                digits = digits + c
                state = 'num'
            else:
                break
        elif state == 'num':
            if c in '0123456789':
                digits = digits + c
            else:
                break
    if digits == '':
        return 0
    r = 0
    for d in digits:
        r = r * 10 + '0123456789'.index(d)
    if neg == True:
        r = -r
    return r
''',
        "partly_wrong": '''def parse_int(s):
    i = 0
    sign = 1
    if i < len(s) and s[i] in "+-":
        sign = -1 if s[i] == "-" else 1
        i += 1
    value = 0
    while i < len(s) and s[i].isdigit():
        value = value * 10 + int(s[i])
        i += 1
    return sign * value
''',
    },
    {
        "id": "zh_group_anagrams",
        "category": "string",
        "prompt": "用Python对变位词分组：编写函数 `group_anagrams(words)`，把字符串列表 words 中互为变位词（字母及其出现次数完全相同）的单词分到同一组。返回分组列表：各组按其第一个单词在输入中首次出现的顺序排列，组内单词保持输入中的顺序。",
        "entry_point": "group_anagrams",
        "explanation": "把每个单词排序后的字符串作为键，互为变位词的单词键相同。字典保持插入顺序，所以按输入顺序追加后，组的顺序和组内顺序都自然满足要求，时间复杂度 O(n·k log k)。",
        "solution": '''def group_anagrams(words: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault("".join(sorted(word)), []).append(word)
    return list(groups.values())
''',
        "tests": [
            "assert group_anagrams(['ant', 'tan', 'dog', 'god', 'nat', 'cat']) == [['ant', 'tan', 'nat'], ['dog', 'god'], ['cat']]",
            "assert group_anagrams([]) == []",
            "assert group_anagrams(['aab', 'abb']) == [['aab'], ['abb']]",
            "assert group_anagrams(['x']) == [['x']]",
        ],
        "poor_style": '''def group_anagrams(words):
    used = [False] * len(words)
    res = []
    for i in range(len(words)):
        if used[i] == False:
            g = [words[i]]
            used[i] = True
            for j in range(i + 1, len(words)):
                if used[j] == False and sorted(words[i]) == sorted(words[j]):
                    g.append(words[j])
                    used[j] = True
            res.append(g)
    return res
''',
        "partly_wrong": '''def group_anagrams(words):
    groups = {}
    for word in words:
        key = tuple(sorted(set(word)))
        groups.setdefault(key, []).append(word)
    return list(groups.values())
''',
    },
    {
        "id": "zh_count_overlapping",
        "category": "string",
        "prompt": "用Python统计子串出现次数（允许重叠）：编写函数 `count_overlapping(s, sub)`，sub 为非空字符串，返回 sub 在 s 中出现的次数，重叠的出现也要计数，例如 count_overlapping('aaaa', 'aa') 返回 3。",
        "entry_point": "count_overlapping",
        "explanation": "用 str.find 从上一次匹配位置的下一个字符继续查找，而不是跳过整个子串长度，这样重叠的匹配也会被统计。注意内置的 str.count 只统计不重叠的出现。",
        "solution": '''def count_overlapping(s: str, sub: str) -> int:
    count = 0
    pos = s.find(sub)
    while pos != -1:
        count += 1
        pos = s.find(sub, pos + 1)
    return count
''',
        "tests": [
            "assert count_overlapping('aaaa', 'aa') == 3",
            "assert count_overlapping('hello', 'l') == 2",
            "assert count_overlapping('abc', 'd') == 0",
            "assert count_overlapping('abababa', 'aba') == 3",
        ],
        "poor_style": '''def count_overlapping(s, sub):
    c = 0
    for i in range(len(s)):
        match = True
        for j in range(len(sub)):
            if i + j >= len(s):
                match = False
            elif s[i + j] != sub[j]:
                match = False
        if match == True:
            c = c + 1
    return c
''',
        "partly_wrong": '''def count_overlapping(s, sub):
    return s.count(sub)
''',
    },
    {
        "id": "zh_add_binary_strings",
        "category": "string",
        "prompt": "用Python实现二进制字符串相加：编写函数 `add_binary_strings(a, b)`，a 和 b 是只含 '0' 和 '1' 的非空字符串（除 '0' 本身外没有前导零），返回它们之和的二进制字符串。请模拟逐位相加与进位，不要用 int(x, 2) 转换。",
        "entry_point": "add_binary_strings",
        "explanation": "从两个字符串的末尾开始逐位相加，当前位结果是 total % 2，进位是 total // 2。循环条件要包含“仍有进位”，否则最高位的进位会丢失，最后把结果反转。",
        "solution": '''def add_binary_strings(a: str, b: str) -> str:
    i, j = len(a) - 1, len(b) - 1
    carry = 0
    digits = []
    while i >= 0 or j >= 0 or carry:
        total = carry
        if i >= 0:
            total += int(a[i])
            i -= 1
        if j >= 0:
            total += int(b[j])
            j -= 1
        digits.append(str(total % 2))
        carry = total // 2
    return "".join(reversed(digits))
''',
        "tests": [
            "assert add_binary_strings('111', '1') == '1000'",
            "assert add_binary_strings('1101', '1011') == '11000'",
            "assert add_binary_strings('0', '0') == '0'",
            "assert add_binary_strings('1', '0') == '1'",
        ],
        "poor_style": '''def add_binary_strings(a, b):
    x = 0
    for c in a:
        x = x * 2
        if c == '1':
            x = x + 1
    y = 0
    for c in b:
        y = y * 2
        if c == '1':
            y = y + 1
    z = x + y
    if z == 0:
        return '0'
    r = ''
    while z > 0:
        if z % 2 == 1:
            r = '1' + r
        else:
            r = '0' + r
        z = z // 2
    return r
''',
        "partly_wrong": '''def add_binary_strings(a, b):
    i, j = len(a) - 1, len(b) - 1
    carry = 0
    result = ""
    while i >= 0 or j >= 0:
        total = carry
        if i >= 0:
            total += int(a[i])
            i -= 1
        if j >= 0:
            total += int(b[j])
            j -= 1
        result = str(total % 2) + result
        carry = total // 2
    return result
''',
    },
    {
        "id": "zh_is_subsequence",
        "category": "string",
        "prompt": "用Python判断子序列：编写函数 `is_subsequence(s, t)`，如果删除 t 中的若干字符（也可以不删）且不改变剩余字符的相对顺序后能得到 s，则返回 True，否则返回 False。空字符串是任何字符串的子序列。",
        "entry_point": "is_subsequence",
        "explanation": "用一个指针指向 s 中下一个待匹配的字符，顺序扫描 t，遇到相同字符就把指针后移。扫描结束时若指针走到了 s 的末尾，说明 s 是 t 的子序列，时间复杂度 O(len(t))。",
        "solution": '''def is_subsequence(s: str, t: str) -> bool:
    i = 0
    for ch in t:
        if i < len(s) and s[i] == ch:
            i += 1
    return i == len(s)
''',
        "tests": [
            "assert is_subsequence('pyn', 'python') == True",
            "assert is_subsequence('nop', 'python') == False",
            "assert is_subsequence('', 'abc') == True",
            "assert is_subsequence('yth', 'python') == True",
        ],
        "poor_style": '''def is_subsequence(s, t):
    if len(s) == 0:
        return True
    if len(t) == 0:
        return False
    if s[0] == t[0]:
        return is_subsequence(s[1:len(s)], t[1:len(t)])
    else:
        return is_subsequence(s, t[1:len(t)])
''',
        "partly_wrong": '''def is_subsequence(s, t):
    return s in t
''',
    },
    {
        "id": "zh_longest_word",
        "category": "string",
        "prompt": "用Python找出最长的单词：编写函数 `longest_word(sentence)`，句子中的单词由空白分隔，返回其中最长的单词；如果有多个同样长的，返回最先出现的那个；句子中没有单词时返回空字符串。",
        "entry_point": "longest_word",
        "explanation": "max 在遇到多个相同最大键时返回第一个，正好满足“最先出现”的要求；default 参数处理没有单词的情况。比较时如果手写循环并使用 >=，会错误地返回最后一个最长单词。",
        "solution": '''def longest_word(sentence: str) -> str:
    return max(sentence.split(), key=len, default="")
''',
        "tests": [
            "assert longest_word('I love python code') == 'python'",
            "assert longest_word('ab cd') == 'ab'",
            "assert longest_word('') == ''",
            "assert longest_word('  spaced   out  ') == 'spaced'",
        ],
        "poor_style": '''def longest_word(sentence):
    ws = sentence.split()
    lens = []
    for w in ws:
        lens.append(len(w))
    if len(lens) == 0:
        return ''
    m = 0
    for l in lens:
        if l > m:
            m = l
    for i in range(len(ws)):
        if lens[i] == m:
            return ws[i]
''',
        "partly_wrong": '''def longest_word(sentence):
    best = ""
    for word in sentence.split():
        if len(word) >= len(best):
            best = word
    return best
''',
    },
    {
        "id": "zh_fibonacci",
        "category": "dynamic_programming",
        "prompt": "用Python计算斐波那契数：编写函数 `fibonacci(n)`，n 为非负整数，F(0) = 0，F(1) = 1，F(n) = F(n-1) + F(n-2)，返回 F(n)。要求时间复杂度 O(n)、空间复杂度 O(1)，不要使用朴素递归。",
        "entry_point": "fibonacci",
        "explanation": "只保留最近的两个值 a、b，每次同时更新为 (b, a + b)，迭代 n 次后 a 就是 F(n)。这是把递推式自底向上计算的动态规划，避免了朴素递归的指数级重复计算。",
        "solution": '''def fibonacci(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
''',
        "tests": [
            "assert fibonacci(0) == 0",
            "assert fibonacci(1) == 1",
            "assert fibonacci(2) == 1",
            "assert fibonacci(10) == 55",
            "assert fibonacci(50) == 12586269025",
        ],
        "poor_style": '''def fibonacci(n):
    fibs = []
    fibs.append(0)
    fibs.append(1)
    i = 2
    while i <= n:
        fibs.append(fibs[i - 1] + fibs[i - 2])
        i = i + 1
    result = fibs[n]
    return result
''',
        "partly_wrong": '''def fibonacci(n):
    a, b = 0, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return b
''',
    },
    {
        "id": "zh_climb_stairs",
        "category": "dynamic_programming",
        "prompt": "用Python解决爬楼梯问题：编写函数 `climb_stairs(n)`，每次可以爬 1 级或 2 级台阶，返回爬完 n 级台阶（n >= 0）的不同方法数；约定 n = 0 时有 1 种方法（什么都不做）。",
        "entry_point": "climb_stairs",
        "explanation": "到达第 n 级的最后一步要么来自 n-1 级、要么来自 n-2 级，所以 ways(n) = ways(n-1) + ways(n-2)，且 ways(0) = ways(1) = 1。用两个变量滚动计算即可，时间 O(n)、空间 O(1)。",
        "solution": '''def climb_stairs(n: int) -> int:
    prev, curr = 1, 1
    for _ in range(n - 1):
        prev, curr = curr, prev + curr
    return curr
''',
        "tests": [
            "assert climb_stairs(0) == 1",
            "assert climb_stairs(1) == 1",
            "assert climb_stairs(2) == 2",
            "assert climb_stairs(5) == 8",
            "assert climb_stairs(30) == 1346269",
        ],
        "poor_style": '''memo_table = {}


def climb_stairs(n):
    if n == 0:
        return 1
    if n == 1:
        return 1
    if n in memo_table.keys():
        return memo_table[n]
    v = climb_stairs(n - 1) + climb_stairs(n - 2)
    memo_table[n] = v
    return memo_table[n]
''',
        "partly_wrong": '''def climb_stairs(n):
    if n <= 2:
        return n
    a, b = 1, 2
    for _ in range(n - 2):
        a, b = b, a + b
    return b
''',
    },
    {
        "id": "zh_min_coins",
        "category": "dynamic_programming",
        "prompt": "用Python解决零钱兑换（最少硬币数）：编写函数 `min_coins(coins, amount)`，coins 是不同面额的正整数列表（每种硬币数量无限），返回凑出总金额 amount（amount >= 0）所需的最少硬币个数；无法凑出时返回 -1，amount 为 0 时返回 0。",
        "entry_point": "min_coins",
        "explanation": "dp[x] 表示凑出金额 x 的最少硬币数，dp[x] = min(dp[x - c] + 1)，对所有 c <= x 的面额取最小。贪心地先用大面额并不总是最优（例如面额 [1, 3, 4] 凑 6），必须用动态规划，时间复杂度 O(amount × len(coins))。",
        "solution": '''def min_coins(coins: list[int], amount: int) -> int:
    unreachable = amount + 1
    dp = [0] + [unreachable] * amount
    for value in range(1, amount + 1):
        for coin in coins:
            if coin <= value and dp[value - coin] + 1 < dp[value]:
                dp[value] = dp[value - coin] + 1
    return dp[amount] if dp[amount] != unreachable else -1
''',
        "tests": [
            "assert min_coins([1, 5, 10], 18) == 5",
            "assert min_coins([3], 7) == -1",
            "assert min_coins([1, 3, 4], 6) == 2",
            "assert min_coins([1], 0) == 0",
            "assert min_coins([2, 5, 10], 27) == 4",
        ],
        "poor_style": '''def min_coins(coins, amount):
    m = {}
    def f(a):
        if a == 0:
            return 0
        if a < 0:
            return -1
        if a in m:
            return m[a]
        best = -1
        for c in coins:
            r = f(a - c)
            if r != -1:
                if best == -1 or r + 1 < best:
                    best = r + 1
        m[a] = best
        return best
    return f(amount)
''',
        "partly_wrong": '''def min_coins(coins, amount):
    count = 0
    for coin in sorted(coins, reverse=True):
        count += amount // coin
        amount %= coin
    return count if amount == 0 else -1
''',
    },
    {
        "id": "zh_coin_change_ways",
        "category": "dynamic_programming",
        "prompt": "用Python统计零钱兑换的组合数：编写函数 `coin_change_ways(coins, amount)`，coins 为不同面额的正整数列表（每种数量无限），返回凑出 amount 的不同组合数。只看用了哪些硬币、各用几枚，不考虑顺序（1+2 与 2+1 算同一种）；amount 为 0 时返回 1。",
        "entry_point": "coin_change_ways",
        "explanation": "外层遍历硬币、内层遍历金额：ways[x] += ways[x - coin]。这样每种组合中硬币按面额顺序只被计数一次；若把两层循环交换，就会把不同顺序当成不同方案而算出排列数。",
        "solution": '''def coin_change_ways(coins: list[int], amount: int) -> int:
    ways = [1] + [0] * amount
    for coin in coins:
        for value in range(coin, amount + 1):
            ways[value] += ways[value - coin]
    return ways[amount]
''',
        "tests": [
            "assert coin_change_ways([1, 3], 6) == 3",
            "assert coin_change_ways([4], 6) == 0",
            "assert coin_change_ways([7], 7) == 1",
            "assert coin_change_ways([1, 2], 0) == 1",
            "assert coin_change_ways([2, 3, 5], 8) == 3",
        ],
        "poor_style": '''def coin_change_ways(coins, amount):
    def go(i, left):
        if left == 0:
            return 1
        if left < 0:
            return 0
        if i == len(coins):
            return 0
        total = 0
        total = total + go(i, left - coins[i])
        total = total + go(i + 1, left)
        return total
    return go(0, amount)
''',
        "partly_wrong": '''def coin_change_ways(coins, amount):
    ways = [1] + [0] * amount
    for value in range(1, amount + 1):
        for coin in coins:
            if coin <= value:
                ways[value] += ways[value - coin]
    return ways[amount]
''',
    },
    {
        "id": "zh_lis_length",
        "category": "dynamic_programming",
        "prompt": "用Python求最长递增子序列的长度：编写函数 `lis_length(nums)`，返回整数列表 nums 中最长严格递增子序列（不要求连续）的长度，空列表返回 0。要求时间复杂度 O(n log n)。",
        "entry_point": "lis_length",
        "explanation": "维护数组 tails，tails[k] 是长度为 k+1 的递增子序列的最小结尾值。对每个数用 bisect_left 找到第一个不小于它的位置并替换（或追加到末尾），tails 的长度就是答案；用 bisect_left 才能保证“严格”递增。",
        "solution": '''from bisect import bisect_left


def lis_length(nums: list[int]) -> int:
    tails: list[int] = []
    for x in nums:
        pos = bisect_left(tails, x)
        if pos == len(tails):
            tails.append(x)
        else:
            tails[pos] = x
    return len(tails)
''',
        "tests": [
            "assert lis_length([4, 10, 4, 3, 8, 9]) == 3",
            "assert lis_length([]) == 0",
            "assert lis_length([2, 2, 2]) == 1",
            "assert lis_length([1, 5, 2, 6, 3, 7]) == 4",
            "assert lis_length([5, 4, 3]) == 1",
        ],
        "poor_style": '''def lis_length(nums):
    if len(nums) == 0:
        return 0
    d = []
    for i in range(len(nums)):
        d.append(1)
    for i in range(len(nums)):
        for j in range(len(nums)):
            if j < i and nums[j] < nums[i]:
                if d[j] + 1 > d[i]:
                    d[i] = d[j] + 1
    m = 0
    for v in d:
        if v > m:
            m = v
    return m
''',
        "partly_wrong": '''from bisect import bisect_right


def lis_length(nums):
    tails = []
    for x in nums:
        pos = bisect_right(tails, x)
        if pos == len(tails):
            tails.append(x)
        else:
            tails[pos] = x
    return len(tails)
''',
    },
    {
        "id": "zh_lcs_length",
        "category": "dynamic_programming",
        "prompt": "用Python求最长公共子序列的长度：编写函数 `lcs_length(a, b)`，返回字符串 a 和 b 的最长公共子序列（不要求连续，但保持相对顺序）的长度。",
        "entry_point": "lcs_length",
        "explanation": "dp[i][j] 表示 a 的前 i 个字符与 b 的前 j 个字符的 LCS 长度：末尾字符相同时 dp[i][j] = dp[i-1][j-1] + 1，否则取 dp[i-1][j] 与 dp[i][j-1] 的较大者。时间复杂度 O(m·n)，这里用滚动的一维数组把空间降到 O(n)。",
        "solution": '''def lcs_length(a: str, b: str) -> int:
    prev = [0] * (len(b) + 1)
    for ch_a in a:
        curr = [0]
        for j, ch_b in enumerate(b, start=1):
            if ch_a == ch_b:
                curr.append(prev[j - 1] + 1)
            else:
                curr.append(max(prev[j], curr[j - 1]))
        prev = curr
    return prev[-1]
''',
        "tests": [
            "assert lcs_length('python', 'typhoon') == 4",
            "assert lcs_length('abc', 'xyz') == 0",
            "assert lcs_length('', 'abc') == 0",
            "assert lcs_length('kayak', 'yak') == 3",
            "assert lcs_length('abc', 'abc') == 3",
        ],
        "poor_style": '''def lcs_length(a, b):
    memo = {}
    def f(x, y):
        key = x + '|' + y
        if key in memo:
            return memo[key]
        if x == '' or y == '':
            r = 0
        elif x[0] == y[0]:
            r = 1 + f(x[1:], y[1:])
        else:
            r1 = f(x[1:], y)
            r2 = f(x, y[1:])
            if r1 > r2:
                r = r1
            else:
                r = r2
        memo[key] = r
        return r
    return f(a, b)
''',
        "partly_wrong": '''def lcs_length(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1] + 1
            else:
                dp[i][j] = dp[i - 1][j]
    return dp[m][n]
''',
    },
    {
        "id": "zh_knapsack_01",
        "category": "dynamic_programming",
        "prompt": "用Python解决 0-1 背包问题：编写函数 `knapsack_01(weights, values, capacity)`，第 i 件物品重量为 weights[i]、价值为 values[i]，每件物品最多选一次，返回在总重量不超过 capacity 的前提下能获得的最大总价值。",
        "entry_point": "knapsack_01",
        "explanation": "dp[w] 表示容量为 w 时的最大价值，对每件物品倒序遍历容量：dp[w] = max(dp[w], dp[w - weight] + value)。倒序保证 dp[w - weight] 仍是“未放入本物品”时的值，从而每件物品只用一次；正序遍历则会变成完全背包。",
        "solution": '''def knapsack_01(weights: list[int], values: list[int], capacity: int) -> int:
    dp = [0] * (capacity + 1)
    for weight, value in zip(weights, values):
        for w in range(capacity, weight - 1, -1):
            dp[w] = max(dp[w], dp[w - weight] + value)
    return dp[capacity]
''',
        "tests": [
            "assert knapsack_01([2, 3, 4], [4, 5, 7], 5) == 9",
            "assert knapsack_01([5], [10], 4) == 0",
            "assert knapsack_01([], [], 10) == 0",
            "assert knapsack_01([1, 4], [3, 5], 4) == 5",
            "assert knapsack_01([1, 2, 3], [5, 11, 13], 5) == 24",
        ],
        "poor_style": '''def knapsack_01(weights, values, capacity):
    n = len(weights)
    t = []
    for i in range(n + 1):
        row = []
        for w in range(capacity + 1):
            row.append(0)
        t.append(row)
    for i in range(1, n + 1):
        for w in range(0, capacity + 1):
            if weights[i - 1] > w:
                t[i][w] = t[i - 1][w]
            else:
                a = t[i - 1][w]
                b = t[i - 1][w - weights[i - 1]] + values[i - 1]
                if a > b:
                    t[i][w] = a
                else:
                    t[i][w] = b
    return t[n][capacity]
''',
        "partly_wrong": '''def knapsack_01(weights, values, capacity):
    dp = [0] * (capacity + 1)
    for weight, value in zip(weights, values):
        for w in range(weight, capacity + 1):
            dp[w] = max(dp[w], dp[w - weight] + value)
    return dp[capacity]
''',
    },
    {
        "id": "zh_edit_distance",
        "category": "dynamic_programming",
        "prompt": "用Python计算编辑距离：编写函数 `edit_distance(a, b)`，返回把字符串 a 变成字符串 b 所需的最少操作次数，允许的操作是插入一个字符、删除一个字符、替换一个字符（莱文斯坦距离）。",
        "entry_point": "edit_distance",
        "explanation": "dp[i][j] 表示 a 的前 i 个字符变成 b 的前 j 个字符的最少操作数，边界 dp[i][0] = i、dp[0][j] = j。字符相同时 dp[i][j] = dp[i-1][j-1]，否则取删除、插入、替换三者的最小值再加 1，时间复杂度 O(m·n)。",
        "solution": '''def edit_distance(a: str, b: str) -> int:
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        dp[i][0] = i
    for j in range(n + 1):
        dp[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1]
            else:
                dp[i][j] = 1 + min(dp[i - 1][j], dp[i][j - 1], dp[i - 1][j - 1])
    return dp[m][n]
''',
        "tests": [
            "assert edit_distance('python', 'pyhton') == 2",
            "assert edit_distance('table', 'cable') == 1",
            "assert edit_distance('', 'abc') == 3",
            "assert edit_distance('abc', 'abc') == 0",
            "assert edit_distance('garden', 'grade') == 3",
        ],
        "poor_style": '''def edit_distance(a, b):
    cache = {}
    def d(x, y):
        if (x, y) in cache:
            return cache[(x, y)]
        if len(x) == 0:
            res = len(y)
        elif len(y) == 0:
            res = len(x)
        elif x[len(x) - 1] == y[len(y) - 1]:
            res = d(x[0:len(x) - 1], y[0:len(y) - 1])
        else:
            o1 = d(x[0:len(x) - 1], y)
            o2 = d(x, y[0:len(y) - 1])
            o3 = d(x[0:len(x) - 1], y[0:len(y) - 1])
            res = 1 + min([o1, o2, o3])
        cache[(x, y)] = res
        return res
    return d(a, b)
''',
        "partly_wrong": '''def edit_distance(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            if a[i - 1] == b[j - 1]:
                dp[i][j] = dp[i - 1][j - 1]
            else:
                dp[i][j] = 1 + min(dp[i - 1][j], dp[i][j - 1], dp[i - 1][j - 1])
    return dp[m][n]
''',
    },
    {
        "id": "zh_all_subsets",
        "category": "recursion",
        "prompt": "用Python生成所有子集：编写函数 `all_subsets(nums)`，nums 是元素互不相同的整数列表，返回它的全部子集（含空集）。每个子集内部按升序排列；整个结果先按子集长度升序、长度相同再按字典序升序排列。",
        "entry_point": "all_subsets",
        "explanation": "先对 nums 排序，然后依次取长度 r = 0..n 的所有组合；itertools.combinations 对有序输入按字典序产生组合，因此结果天然满足“先按长度、再按字典序”。共有 2^n 个子集。",
        "solution": '''from itertools import combinations


def all_subsets(nums: list[int]) -> list[list[int]]:
    ordered = sorted(nums)
    return [list(combo) for r in range(len(ordered) + 1) for combo in combinations(ordered, r)]
''',
        "tests": [
            "assert all_subsets([1, 2, 3]) == [[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]]",
            "assert all_subsets([]) == [[]]",
            "assert all_subsets([2, 1]) == [[], [1], [2], [1, 2]]",
            "assert all_subsets([5]) == [[], [5]]",
        ],
        "poor_style": '''def all_subsets(nums):
    n = len(nums)
    out = []
    for mask in range(0, 2 ** n):
        s = []
        for i in range(n):
            if (mask >> i) & 1 == 1:
                s.append(nums[i])
        s.sort()
        out.append(s)
    out.sort(key=lambda x: (len(x), x))
    return out
''',
        "partly_wrong": '''from itertools import combinations


def all_subsets(nums):
    return [list(c) for r in range(len(nums) + 1) for c in combinations(nums, r)]
''',
    },
    {
        "id": "zh_permutations_of",
        "category": "recursion",
        "prompt": "用Python用回溯法生成全排列：编写函数 `permutations_of(nums)`，nums 是元素互不相同的整数列表，返回其所有排列组成的列表（每个排列是一个列表），结果按字典序升序排列；空列表返回 [[]]。不要使用 itertools.permutations。",
        "entry_point": "permutations_of",
        "explanation": "先排序，再用回溯：每一层按从小到大的顺序尝试放入一个尚未使用的数，递归到长度为 n 时记录一个排列，然后撤销选择。因为每层候选按升序尝试，产生的排列自然就是字典序。",
        "solution": '''def permutations_of(nums: list[int]) -> list[list[int]]:
    ordered = sorted(nums)
    used = [False] * len(ordered)
    path: list[int] = []
    result: list[list[int]] = []

    def backtrack() -> None:
        if len(path) == len(ordered):
            result.append(path.copy())
            return
        for i, value in enumerate(ordered):
            if not used[i]:
                used[i] = True
                path.append(value)
                backtrack()
                path.pop()
                used[i] = False

    backtrack()
    return result
''',
        "tests": [
            "assert permutations_of([1, 2, 3]) == [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]",
            "assert permutations_of([]) == [[]]",
            "assert permutations_of([1]) == [[1]]",
            "assert permutations_of([2, 1]) == [[1, 2], [2, 1]]",
        ],
        "poor_style": '''def permutations_of(nums):
    if len(nums) == 0:
        return [[]]
    res = []
    for i in range(len(nums)):
        rest = []
        for j in range(len(nums)):
            if j != i:
                rest.append(nums[j])
        for p in permutations_of(rest):
            res.append([nums[i]] + p)
    res = sorted(res)
    return res
''',
        "partly_wrong": '''def permutations_of(nums):
    result = []

    def backtrack(path, remaining):
        if not remaining:
            result.append(path)
            return
        for i in range(len(remaining)):
            backtrack(path + [remaining[i]], remaining[:i] + remaining[i + 1:])

    backtrack([], list(nums))
    return result
''',
    },
    {
        "id": "zh_max_subarray_sum",
        "category": "dynamic_programming",
        "prompt": "用Python求最大子数组和：编写函数 `max_subarray_sum(nums)`，nums 为非空整数列表，返回和最大的连续非空子数组的和（元素可能全为负数）。要求使用 Kadane 算法，时间复杂度 O(n)。",
        "entry_point": "max_subarray_sum",
        "explanation": "current 表示以当前元素结尾的最大子数组和：要么接在前面的子数组后，要么从当前元素重新开始，即 current = max(x, current + x)。best 记录所有 current 的最大值，初值必须取 nums[0] 而不是 0，才能正确处理全负数的情况。",
        "solution": '''def max_subarray_sum(nums: list[int]) -> int:
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current + x)
        best = max(best, current)
    return best
''',
        "tests": [
            "assert max_subarray_sum([3, -4, 5, -1, 2, -6, 1]) == 6",
            "assert max_subarray_sum([5]) == 5",
            "assert max_subarray_sum([-3, -1, -2]) == -1",
            "assert max_subarray_sum([1, 2, 3]) == 6",
        ],
        "poor_style": '''def max_subarray_sum(nums):
    best = None
    for i in range(len(nums)):
        for j in range(i, len(nums)):
            s = 0
            for k in range(i, j + 1):
                s = s + nums[k]
            if best == None or s > best:
                best = s
    return best
''',
        "partly_wrong": '''def max_subarray_sum(nums):
    best = current = 0
    for x in nums:
        current = max(x, current + x)
        best = max(best, current)
    return best
''',
    },
    {
        "id": "zh_house_robber",
        "category": "dynamic_programming",
        "prompt": "用Python解决打家劫舍问题：编写函数 `house_robber(nums)`，nums[i] 是第 i 间房子里的非负金额，不能同时偷相邻的两间房子，返回能偷到的最大金额；空列表返回 0。",
        "entry_point": "house_robber",
        "explanation": "设 take 和 skip 分别为偷/不偷当前房子时的最大金额，则新的 take = skip + x，新的 skip = max(take, skip)。最优方案不一定是简单地隔一间偷一间，例如 [2, 1, 1, 2] 的最优解是偷首尾两间。",
        "solution": '''def house_robber(nums: list[int]) -> int:
    take, skip = 0, 0
    for x in nums:
        take, skip = skip + x, max(take, skip)
    return max(take, skip)
''',
        "tests": [
            "assert house_robber([4, 1, 2, 9, 1]) == 13",
            "assert house_robber([2, 1, 1, 2]) == 4",
            "assert house_robber([]) == 0",
            "assert house_robber([5]) == 5",
            "assert house_robber([3, 10, 3]) == 10",
        ],
        "poor_style": '''def house_robber(nums):
    if len(nums) == 0:
        return 0
    if len(nums) == 1:
        return nums[0]
    dp = [0] * (len(nums) + 2)
    for i in range(len(nums)):
        a = dp[i + 1]
        b = dp[i] + nums[i]
        dp[i + 2] = max(a, b)
    res = max(dp)
    return res
''',
        "partly_wrong": '''def house_robber(nums):
    return max(sum(nums[0::2]), sum(nums[1::2]))
''',
    },
    {
        "id": "zh_unique_paths",
        "category": "dynamic_programming",
        "prompt": "用Python计算网格路径数：编写函数 `unique_paths(m, n)`，机器人位于 m 行 n 列网格（m, n >= 1）的左上角，每次只能向右或向下移动一格，返回它到达右下角的不同路径数。要求用动态规划实现。",
        "entry_point": "unique_paths",
        "explanation": "到达格子 (i, j) 的路径数等于从上方和左方到达的路径数之和；第一行和第一列都只有 1 条路径。用一维数组逐行滚动更新 row[j] += row[j - 1]，时间 O(m·n)、空间 O(n)。",
        "solution": '''def unique_paths(m: int, n: int) -> int:
    row = [1] * n
    for _ in range(1, m):
        for j in range(1, n):
            row[j] += row[j - 1]
    return row[-1]
''',
        "tests": [
            "assert unique_paths(4, 5) == 35",
            "assert unique_paths(2, 3) == 3",
            "assert unique_paths(1, 5) == 1",
            "assert unique_paths(10, 10) == 48620",
        ],
        "poor_style": '''def unique_paths(m, n):
    if m == 1 or n == 1:
        return 1
    else:
        return unique_paths(m - 1, n) + unique_paths(m, n - 1)
''',
        "partly_wrong": '''def unique_paths(m, n):
    dp = [[0] * n for _ in range(m)]
    dp[0] = [1] * n
    for i in range(1, m):
        for j in range(1, n):
            dp[i][j] = dp[i - 1][j] + dp[i][j - 1]
    return dp[m - 1][n - 1]
''',
    },
    {
        "id": "zh_min_path_sum",
        "category": "dynamic_programming",
        "prompt": "用Python求网格最小路径和：编写函数 `min_path_sum(grid)`，grid 是非空的 m×n 非负整数矩阵，从左上角出发、每次只能向右或向下走到右下角，返回路径上所有数字之和的最小值（包含起点和终点）。",
        "entry_point": "min_path_sum",
        "explanation": "dp[j] 表示到达当前行第 j 列的最小路径和，等于 grid[i][j] 加上“上方 dp[j]”与“左方 dp[j-1]”中的较小者；第一行只能从左边来。每步只看相邻格子的贪心选择可能错过全局最优，所以需要动态规划。",
        "solution": '''def min_path_sum(grid: list[list[int]]) -> int:
    cols = len(grid[0])
    dp = [0] * cols
    for i, row in enumerate(grid):
        for j, value in enumerate(row):
            if i == 0 and j == 0:
                dp[j] = value
            elif i == 0:
                dp[j] = dp[j - 1] + value
            elif j == 0:
                dp[j] += value
            else:
                dp[j] = min(dp[j], dp[j - 1]) + value
    return dp[-1]
''',
        "tests": [
            "assert min_path_sum([[1, 2, 9], [5, 9, 9], [1, 1, 1]]) == 9",
            "assert min_path_sum([[5]]) == 5",
            "assert min_path_sum([[1, 2, 3]]) == 6",
            "assert min_path_sum([[1, 2], [1, 1]]) == 3",
        ],
        "poor_style": '''def min_path_sum(grid):
    R = len(grid)
    C = len(grid[0])
    t = []
    for i in range(R):
        t.append([0] * C)
    for i in range(R):
        for j in range(C):
            if i == 0:
                if j == 0:
                    t[i][j] = grid[i][j]
                else:
                    t[i][j] = t[i][j - 1] + grid[i][j]
            else:
                if j == 0:
                    t[i][j] = t[i - 1][j] + grid[i][j]
                else:
                    if t[i - 1][j] < t[i][j - 1]:
                        t[i][j] = t[i - 1][j] + grid[i][j]
                    else:
                        t[i][j] = t[i][j - 1] + grid[i][j]
    return t[R - 1][C - 1]
''',
        "partly_wrong": '''def min_path_sum(grid):
    rows, cols = len(grid), len(grid[0])
    i = j = 0
    total = grid[0][0]
    while i < rows - 1 or j < cols - 1:
        if i == rows - 1:
            j += 1
        elif j == cols - 1:
            i += 1
        elif grid[i + 1][j] <= grid[i][j + 1]:
            i += 1
        else:
            j += 1
        total += grid[i][j]
    return total
''',
    },
    {
        "id": "zh_hanoi_moves",
        "category": "recursion",
        "prompt": "用Python递归求解汉诺塔：编写函数 `hanoi_moves(n, source, auxiliary, target)`，把 n 个盘子从柱子 source 借助 auxiliary 移到 target（柱子用字符串命名），返回移动步骤列表，每一步是元组 (起始柱, 目标柱)；n 为 0 时返回空列表。",
        "entry_point": "hanoi_moves",
        "explanation": "递归分三步：先把上面 n-1 个盘子从 source 借助 target 移到 auxiliary，再把最大的盘子从 source 移到 target，最后把 n-1 个盘子从 auxiliary 借助 source 移到 target。总步数为 2^n - 1。",
        "solution": '''def hanoi_moves(n: int, source: str, auxiliary: str, target: str) -> list[tuple[str, str]]:
    if n == 0:
        return []
    return (
        hanoi_moves(n - 1, source, target, auxiliary)
        + [(source, target)]
        + hanoi_moves(n - 1, auxiliary, source, target)
    )
''',
        "tests": [
            "assert hanoi_moves(0, 'A', 'B', 'C') == []",
            "assert hanoi_moves(1, 'A', 'B', 'C') == [('A', 'C')]",
            "assert hanoi_moves(2, 'A', 'B', 'C') == [('A', 'B'), ('A', 'C'), ('B', 'C')]",
            "assert hanoi_moves(3, 'A', 'B', 'C') == [('A', 'C'), ('A', 'B'), ('C', 'B'), ('A', 'C'), ('B', 'A'), ('B', 'C'), ('A', 'C')]",
        ],
        "poor_style": '''MOVES = []


def hanoi_moves(n, source, auxiliary, target):
    global MOVES
    MOVES = []
    def h(k, a, b, c):
        if k == 0:
            return
        if k == 1:
            MOVES.append((a, c))
            return
        h(k - 1, a, c, b)
        MOVES.append((a, c))
        h(k - 1, b, a, c)
    h(n, source, auxiliary, target)
    out = []
    for m in MOVES:
        out.append(m)
    return out
''',
        "partly_wrong": '''def hanoi_moves(n, source, auxiliary, target):
    if n == 0:
        return []
    return (
        hanoi_moves(n - 1, source, auxiliary, target)
        + [(source, target)]
        + hanoi_moves(n - 1, auxiliary, source, target)
    )
''',
    },
    {
        "id": "zh_generate_parentheses",
        "category": "recursion",
        "prompt": "用Python生成所有合法括号组合：编写函数 `generate_parentheses(n)`，返回由 n 对圆括号组成的所有合法（正确匹配）字符串，结果按字典序升序排列（'(' 小于 ')'）；n 为 0 时返回 ['']。",
        "entry_point": "generate_parentheses",
        "explanation": "回溯时记录已放入的左括号数 open 和右括号数 close：open < n 时可以放 '('，close < open 时才可以放 ')'，这样生成的每个字符串都合法。每层先尝试 '(' 再尝试 ')'，得到的结果恰好是字典序。",
        "solution": '''def generate_parentheses(n: int) -> list[str]:
    result: list[str] = []

    def backtrack(prefix: str, opened: int, closed: int) -> None:
        if len(prefix) == 2 * n:
            result.append(prefix)
            return
        if opened < n:
            backtrack(prefix + "(", opened + 1, closed)
        if closed < opened:
            backtrack(prefix + ")", opened, closed + 1)

    backtrack("", 0, 0)
    return result
''',
        "tests": [
            "assert generate_parentheses(0) == ['']",
            "assert generate_parentheses(1) == ['()']",
            "assert generate_parentheses(2) == ['(())', '()()']",
            "assert generate_parentheses(3) == ['((()))', '(()())', '(())()', '()(())', '()()()']",
        ],
        "poor_style": '''from itertools import product


def generate_parentheses(n):
    res = []
    for combo in product('()', repeat=2 * n):
        s = ''.join(combo)
        bal = 0
        ok = True
        for c in s:
            if c == '(':
                bal = bal + 1
            else:
                bal = bal - 1
            if bal < 0:
                ok = False
        if bal != 0:
            ok = False
        if ok == True:
            res.append(s)
    res.sort()
    return res
''',
        "partly_wrong": '''def generate_parentheses(n):
    result = []

    def backtrack(prefix, opened, closed):
        if len(prefix) == 2 * n:
            result.append(prefix)
            return
        if opened < n:
            backtrack(prefix + "(", opened + 1, closed)
        if closed < n:
            backtrack(prefix + ")", opened, closed + 1)

    backtrack("", 0, 0)
    return result
''',
    },
    {
        "id": "zh_word_break",
        "category": "dynamic_programming",
        "prompt": "用Python解决单词拆分问题：编写函数 `word_break(s, words)`，words 是单词列表（可重复使用），如果字符串 s 可以被完整切分为若干个 words 中的单词，返回 True，否则返回 False；空字符串返回 True。",
        "entry_point": "word_break",
        "explanation": "dp[i] 表示前缀 s[:i] 能否被拆分，dp[0] = True；dp[i] 为真当且仅当存在 j < i 使 dp[j] 为真且 s[j:i] 在单词集合中。贪心地每次切最短或最长的单词都可能走进死胡同，动态规划会考虑所有切分点。",
        "solution": '''def word_break(s: str, words: list[str]) -> bool:
    vocabulary = set(words)
    dp = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        dp[i] = any(dp[j] and s[j:i] in vocabulary for j in range(i))
    return dp[len(s)]
''',
        "tests": [
            "assert word_break('sunflowerpot', ['sun', 'flower', 'pot']) == True",
            "assert word_break('redbluex', ['red', 'blue']) == False",
            "assert word_break('catsand', ['cat', 'cats', 'and']) == True",
            "assert word_break('', ['a']) == True",
        ],
        "poor_style": '''def word_break(s, words):
    if s == '':
        return True
    for w in words:
        if len(w) <= len(s):
            if s[0:len(w)] == w:
                if word_break(s[len(w):len(s)], words) == True:
                    return True
    return False
''',
        "partly_wrong": '''def word_break(s, words):
    vocabulary = set(words)
    i = 0
    while i < len(s):
        for j in range(i + 1, len(s) + 1):
            if s[i:j] in vocabulary:
                i = j
                break
        else:
            return False
    return True
''',
    },
    {
        "id": "zh_decode_ways",
        "category": "dynamic_programming",
        "prompt": "用Python统计数字串的解码方法数：编写函数 `decode_ways(s)`，按 'A'→1、'B'→2、…、'Z'→26 的规则把非空数字字符串 s 解码为字母，返回不同解码方法的数量。'0' 不能单独解码，'06' 这样带前导零的两位数也不合法；无法解码时返回 0。",
        "entry_point": "decode_ways",
        "explanation": "dp[i] 表示前 i 个字符的解码数：若第 i 个字符不是 '0'，可以单独解码，加上 dp[i-1]；若最后两位组成 10 到 26 之间的数，可以合并解码，加上 dp[i-2]。用两个变量滚动保存即可。",
        "solution": '''def decode_ways(s: str) -> int:
    prev2, prev1 = 1, 1
    for i in range(1, len(s) + 1):
        current = 0
        if s[i - 1] != "0":
            current += prev1
        if i >= 2 and 10 <= int(s[i - 2:i]) <= 26:
            current += prev2
        prev2, prev1 = prev1, current
    return prev1
''',
        "tests": [
            "assert decode_ways('12') == 2",
            "assert decode_ways('2611') == 4",
            "assert decode_ways('30') == 0",
            "assert decode_ways('10') == 1",
            "assert decode_ways('1201') == 1",
        ],
        "poor_style": '''def decode_ways(s):
    if len(s) == 0:
        return 1
    if s[0] == '0':
        return 0
    total = decode_ways(s[1:len(s)])
    if len(s) >= 2:
        two = int(s[0]) * 10 + int(s[1])
        if two >= 10:
            if two <= 26:
                total = total + decode_ways(s[2:len(s)])
    return total
''',
        "partly_wrong": '''def decode_ways(s):
    prev2, prev1 = 1, 1
    for i in range(2, len(s) + 1):
        current = prev1
        if 10 <= int(s[i - 2:i]) <= 26:
            current += prev2
        prev2, prev1 = prev1, current
    return prev1
''',
    },
    {
        "id": "zh_longest_palindrome_subseq",
        "category": "dynamic_programming",
        "prompt": "用Python求最长回文子序列的长度：编写函数 `longest_palindrome_subseq(s)`，返回字符串 s 中最长回文子序列（可以不连续，但保持相对顺序）的长度；空字符串返回 0。",
        "entry_point": "longest_palindrome_subseq",
        "explanation": "区间动态规划：dp[i][j] 表示 s[i..j] 的最长回文子序列长度；若 s[i] == s[j]，则 dp[i][j] = dp[i+1][j-1] + 2，否则取 dp[i+1][j] 与 dp[i][j-1] 的较大者。i 从后往前、j 从前往后填表，时间复杂度 O(n^2)。",
        "solution": '''def longest_palindrome_subseq(s: str) -> int:
    n = len(s)
    if n == 0:
        return 0
    dp = [[0] * n for _ in range(n)]
    for i in range(n - 1, -1, -1):
        dp[i][i] = 1
        for j in range(i + 1, n):
            if s[i] == s[j]:
                dp[i][j] = dp[i + 1][j - 1] + 2
            else:
                dp[i][j] = max(dp[i + 1][j], dp[i][j - 1])
    return dp[0][n - 1]
''',
        "tests": [
            "assert longest_palindrome_subseq('xaybza') == 3",
            "assert longest_palindrome_subseq('qrrs') == 2",
            "assert longest_palindrome_subseq('a') == 1",
            "assert longest_palindrome_subseq('') == 0",
            "assert longest_palindrome_subseq('character') == 5",
        ],
        "poor_style": '''def longest_palindrome_subseq(s):
    r = ''
    for c in s:
        r = c + r
    n = len(s)
    T = []
    for i in range(n + 1):
        T.append([])
        for j in range(n + 1):
            T[i].append(0)
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if s[i - 1] == r[j - 1]:
                T[i][j] = T[i - 1][j - 1] + 1
            else:
                if T[i - 1][j] >= T[i][j - 1]:
                    T[i][j] = T[i - 1][j]
                else:
                    T[i][j] = T[i][j - 1]
    return T[n][n]
''',
        "partly_wrong": '''def longest_palindrome_subseq(s):
    best = 0
    for i in range(len(s)):
        for j in range(i, len(s)):
            sub = s[i:j + 1]
            if sub == sub[::-1]:
                best = max(best, len(sub))
    return best
''',
    },
    {
        "id": "zh_can_partition_equal",
        "category": "dynamic_programming",
        "prompt": "用Python判断能否分割成两个等和子集：编写函数 `can_partition_equal(nums)`，nums 是正整数列表，如果能把它分成两个元素和相等的子集（每个元素恰好属于其中一个），返回 True，否则返回 False；空列表返回 True。",
        "entry_point": "can_partition_equal",
        "explanation": "总和为奇数时一定不行；否则问题变成能否选出若干元素使和恰好为 total // 2。用集合记录所有可达的子集和，逐个元素扩展，本质上是 0-1 背包的可行性判断。",
        "solution": '''def can_partition_equal(nums: list[int]) -> bool:
    total = sum(nums)
    if total % 2:
        return False
    target = total // 2
    reachable = {0}
    for x in nums:
        reachable |= {s + x for s in reachable if s + x <= target}
    return target in reachable
''',
        "tests": [
            "assert can_partition_equal([3, 1, 4, 2]) == True",
            "assert can_partition_equal([2, 3, 7]) == False",
            "assert can_partition_equal([]) == True",
            "assert can_partition_equal([1, 4, 6]) == False",
            "assert can_partition_equal([1, 2]) == False",
        ],
        "poor_style": '''def can_partition_equal(nums):
    n = len(nums)
    total = 0
    for x in nums:
        total = total + x
    for mask in range(0, 2 ** n):
        s = 0
        for i in range(n):
            if mask & (1 << i):
                s = s + nums[i]
        if s * 2 == total:
            return True
    return False
''',
        "partly_wrong": '''def can_partition_equal(nums):
    target = sum(nums) // 2
    reachable = {0}
    for x in nums:
        reachable |= {s + x for s in reachable if s + x <= target}
    return target in reachable
''',
    },
    {
        "id": "zh_min_cost_climbing",
        "category": "dynamic_programming",
        "prompt": "用Python求爬楼梯的最小花费：编写函数 `min_cost_climbing(cost)`，cost[i] 是踩上第 i 级台阶需要支付的费用（len(cost) >= 2）。可以从第 0 级或第 1 级开始，每次向上爬 1 级或 2 级，楼顶在最后一级之后，返回到达楼顶的最小总花费。",
        "entry_point": "min_cost_climbing",
        "explanation": "设 dp[i] 为到达第 i 级（尚未支付该级费用）的最小花费，dp[0] = dp[1] = 0，dp[i] = min(dp[i-1] + cost[i-1], dp[i-2] + cost[i-2])，答案是 dp[n]。只需两个变量滚动，时间 O(n)、空间 O(1)；每步只选较便宜台阶的贪心是不正确的。",
        "solution": '''def min_cost_climbing(cost: list[int]) -> int:
    two_back, one_back = 0, 0
    for i in range(2, len(cost) + 1):
        two_back, one_back = one_back, min(one_back + cost[i - 1], two_back + cost[i - 2])
    return one_back
''',
        "tests": [
            "assert min_cost_climbing([4, 9, 6]) == 9",
            "assert min_cost_climbing([1, 50, 1, 1, 50, 1]) == 4",
            "assert min_cost_climbing([0, 0]) == 0",
            "assert min_cost_climbing([5, 1]) == 1",
        ],
        "poor_style": '''def min_cost_climbing(cost):
    memo = {}
    def best(i):
        if i >= len(cost):
            return 0
        if i in memo:
            return memo[i]
        a = cost[i] + best(i + 1)
        b = cost[i] + best(i + 2)
        if a < b:
            memo[i] = a
        else:
            memo[i] = b
        return memo[i]
    x = best(0)
    y = best(1)
    if x < y:
        return x
    return y
''',
        "partly_wrong": '''def min_cost_climbing(cost):
    n = len(cost)
    i = 0 if cost[0] <= cost[1] else 1
    total = cost[i]
    while i < n - 2:
        i = i + 1 if cost[i + 1] <= cost[i + 2] else i + 2
        total += cost[i]
    return total
''',
    },
    {
        "id": "zh_triangle_min_path",
        "category": "dynamic_programming",
        "prompt": "用Python求三角形最小路径和：编写函数 `triangle_min_path(triangle)`，triangle 是非空的三角形数组，第 i 行有 i+1 个整数。从顶部出发，每一步只能移动到下一行相邻的两个位置之一（下标 j 或 j+1），返回从顶到底的最小路径和。",
        "entry_point": "triangle_min_path",
        "explanation": "自底向上：把最后一行作为初始 dp，逐行向上更新 dp[j] = row[j] + min(dp[j], dp[j+1])，最终 dp[0] 就是答案。自顶向下每次选较小子节点的贪心会错过后面更小的数。",
        "solution": '''def triangle_min_path(triangle: list[list[int]]) -> int:
    dp = list(triangle[-1])
    for row in reversed(triangle[:-1]):
        dp = [value + min(dp[j], dp[j + 1]) for j, value in enumerate(row)]
    return dp[0]
''',
        "tests": [
            "assert triangle_min_path([[3], [6, 4], [5, 1, 8], [2, 7, 3, 9]]) == 11",
            "assert triangle_min_path([[5]]) == 5",
            "assert triangle_min_path([[1], [2, 3], [100, 100, 1]]) == 5",
            "assert triangle_min_path([[-1], [2, 3], [1, -1, -3]]) == -1",
        ],
        "poor_style": '''def triangle_min_path(triangle):
    def walk(i, j):
        if i == len(triangle) - 1:
            return triangle[i][j]
        a = walk(i + 1, j)
        b = walk(i + 1, j + 1)
        if a <= b:
            return triangle[i][j] + a
        else:
            return triangle[i][j] + b
    return walk(0, 0)
''',
        "partly_wrong": '''def triangle_min_path(triangle):
    j = 0
    total = triangle[0][0]
    for row in triangle[1:]:
        if row[j + 1] < row[j]:
            j += 1
        total += row[j]
    return total
''',
    },
    {
        "id": "zh_catalan_number",
        "category": "dynamic_programming",
        "prompt": "用Python计算卡特兰数：编写函数 `catalan_number(n)`，n 为非负整数，C(0) = 1，C(n) = Σ C(i)·C(n-1-i)（i 从 0 到 n-1），返回 C(n)。要求用动态规划自底向上计算。",
        "entry_point": "catalan_number",
        "explanation": "按递推式从小到大填表：dp[k] 等于所有 dp[i] * dp[k-1-i] 之和，i 取 0 到 k-1。这样每个值只计算一次，时间复杂度 O(n^2)；卡特兰数可以表示 n 个结点的二叉树形态数等许多计数问题。",
        "solution": '''def catalan_number(n: int) -> int:
    dp = [1] + [0] * n
    for k in range(1, n + 1):
        dp[k] = sum(dp[i] * dp[k - 1 - i] for i in range(k))
    return dp[n]
''',
        "tests": [
            "assert catalan_number(0) == 1",
            "assert catalan_number(1) == 1",
            "assert catalan_number(3) == 5",
            "assert catalan_number(5) == 42",
            "assert catalan_number(10) == 16796",
        ],
        "poor_style": '''def catalan_number(n):
    if n == 0:
        return 1
    if n == 1:
        return 1
    s = 0
    i = 0
    while i < n:
        s = s + catalan_number(i) * catalan_number(n - 1 - i)
        i = i + 1
    return s
''',
        "partly_wrong": '''def catalan_number(n):
    dp = [1] + [0] * n
    for k in range(1, n + 1):
        dp[k] = sum(dp[i] * dp[k - 1 - i] for i in range(k - 1))
    return dp[n]
''',
    },
    {
        "id": "zh_combinations_of",
        "category": "recursion",
        "prompt": "用Python用回溯法生成组合：编写函数 `combinations_of(n, k)`，返回从 1 到 n 中选出 k 个数的所有组合，每个组合是升序列表，所有组合按字典序排列；k 为 0 时返回 [[]]。不要使用 itertools。",
        "entry_point": "combinations_of",
        "explanation": "回溯时从 start 开始依次尝试把每个数放入当前组合，再从下一个数继续递归，组合长度达到 k 时记录。因为候选数递增地尝试，结果自然是升序且按字典序排列；循环上界必须包含 n。",
        "solution": '''def combinations_of(n: int, k: int) -> list[list[int]]:
    result: list[list[int]] = []
    path: list[int] = []

    def backtrack(start: int) -> None:
        if len(path) == k:
            result.append(path.copy())
            return
        for value in range(start, n + 1):
            path.append(value)
            backtrack(value + 1)
            path.pop()

    backtrack(1)
    return result
''',
        "tests": [
            "assert combinations_of(4, 2) == [[1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]]",
            "assert combinations_of(3, 0) == [[]]",
            "assert combinations_of(1, 1) == [[1]]",
            "assert combinations_of(3, 3) == [[1, 2, 3]]",
        ],
        "poor_style": '''def combinations_of(n, k):
    out = []
    for mask in range(0, 2 ** n):
        c = []
        for b in range(n):
            if mask & (1 << b) != 0:
                c.append(b + 1)
        if len(c) == k:
            out.append(c)
    out.sort()
    return out
''',
        "partly_wrong": '''def combinations_of(n, k):
    result = []

    def backtrack(start, path):
        if len(path) == k:
            result.append(path)
            return
        for value in range(start, n):
            backtrack(value + 1, path + [value])

    backtrack(1, [])
    return result
''',
    },
    {
        "id": "zh_flatten_nested",
        "category": "recursion",
        "prompt": "用Python递归展平嵌套列表：编写函数 `flatten_nested(nested)`，nested 是可以任意层嵌套的整数列表，例如 [1, [2, [3, 4]], 5]，返回按原顺序排列的一维整数列表 [1, 2, 3, 4, 5]。",
        "entry_point": "flatten_nested",
        "explanation": "遍历每个元素：如果是列表就递归展平后追加，否则直接追加。递归自然地处理任意深度的嵌套，空列表会贡献零个元素。",
        "solution": '''def flatten_nested(nested: list) -> list[int]:
    flat: list[int] = []
    for item in nested:
        if isinstance(item, list):
            flat.extend(flatten_nested(item))
        else:
            flat.append(item)
    return flat
''',
        "tests": [
            "assert flatten_nested([1, [2, [3, 4]], 5]) == [1, 2, 3, 4, 5]",
            "assert flatten_nested([1, [2, 3]]) == [1, 2, 3]",
            "assert flatten_nested([]) == []",
            "assert flatten_nested([[[[7]]], [], [8, [9]]]) == [7, 8, 9]",
        ],
        "poor_style": '''def flatten_nested(nested):
    s = str(nested)
    s = s.replace('[', '')
    s = s.replace(']', '')
    parts = s.split(',')
    out = []
    for p in parts:
        p = p.strip()
        if p != '':
            out.append(int(p))
    return out
''',
        "partly_wrong": '''def flatten_nested(nested):
    flat = []
    for item in nested:
        if isinstance(item, list):
            flat.extend(item)
        else:
            flat.append(item)
    return flat
''',
    },
    {
        "id": "zh_max_product_subarray",
        "category": "dynamic_programming",
        "prompt": "用Python求乘积最大子数组：编写函数 `max_product_subarray(nums)`，nums 是非空整数列表（可能含负数和 0），返回乘积最大的连续非空子数组的乘积。要求时间复杂度 O(n)。",
        "entry_point": "max_product_subarray",
        "explanation": "负数会让最大值和最小值互换，所以要同时维护以当前元素结尾的最大乘积和最小乘积：新的最大值、最小值都从 x、x*hi、x*lo 三者中取。只维护最大值会漏掉“两个负数相乘变大”的情况。",
        "solution": '''def max_product_subarray(nums: list[int]) -> int:
    best = hi = lo = nums[0]
    for x in nums[1:]:
        candidates = (x, x * hi, x * lo)
        hi, lo = max(candidates), min(candidates)
        best = max(best, hi)
    return best
''',
        "tests": [
            "assert max_product_subarray([3, -1, 4]) == 4",
            "assert max_product_subarray([-3, 5, -2]) == 30",
            "assert max_product_subarray([0]) == 0",
            "assert max_product_subarray([-2]) == -2",
            "assert max_product_subarray([-4, 0, -1]) == 0",
        ],
        "poor_style": '''def max_product_subarray(nums):
    best = nums[0]
    for i in range(len(nums)):
        for j in range(i, len(nums)):
            p = 1
            for k in range(i, j + 1):
                p = p * nums[k]
            if p > best:
                best = p
    return best
''',
        "partly_wrong": '''def max_product_subarray(nums):
    best = current = nums[0]
    for x in nums[1:]:
        current = max(x, current * x)
        best = max(best, current)
    return best
''',
    },
    {
        "id": "zh_two_sum_sorted",
        "category": "array",
        "prompt": "用Python用双指针解决有序数组的两数之和：编写函数 `two_sum_sorted(nums, target)`，nums 为升序整数列表，且保证最多只有一组解。找出两个不同位置 i < j 使 nums[i] + nums[j] == target，返回元组 (i, j)（下标从 0 开始）；不存在时返回 None。要求 O(n) 时间、O(1) 额外空间。",
        "entry_point": "two_sum_sorted",
        "explanation": "左右指针分别从两端出发：和太小就右移左指针，和太大就左移右指针，相等即找到。循环条件是 left < right，保证两个下标不同，同一个元素不会被用两次。",
        "solution": '''def two_sum_sorted(nums: list[int], target: int) -> tuple[int, int] | None:
    left, right = 0, len(nums) - 1
    while left < right:
        total = nums[left] + nums[right]
        if total == target:
            return (left, right)
        if total < target:
            left += 1
        else:
            right -= 1
    return None
''',
        "tests": [
            "assert two_sum_sorted([1, 4, 6, 9], 15) == (2, 3)",
            "assert two_sum_sorted([1, 2, 3, 4], 8) == None",
            "assert two_sum_sorted([-3, 0, 4, 6], 3) == (0, 3)",
            "assert two_sum_sorted([], 1) == None",
        ],
        "poor_style": '''def two_sum_sorted(nums, target):
    ans = None
    for i in range(len(nums)):
        for j in range(len(nums)):
            if i < j:
                if nums[i] + nums[j] == target:
                    if ans == None:
                        ans = (i, j)
    return ans
''',
        "partly_wrong": '''def two_sum_sorted(nums, target):
    left, right = 0, len(nums) - 1
    while left <= right:
        total = nums[left] + nums[right]
        if total == target:
            return (left, right)
        if total < target:
            left += 1
        else:
            right -= 1
    return None
''',
    },
    {
        "id": "zh_two_sum_indices",
        "category": "array",
        "prompt": "用Python用哈希表解决两数之和：编写函数 `two_sum_indices(nums, target)`，nums 是未排序的整数列表，保证恰好存在一组不同下标 i < j 使 nums[i] + nums[j] == target，返回列表 [i, j]。要求时间复杂度 O(n)。",
        "entry_point": "two_sum_indices",
        "explanation": "一边遍历一边用字典记录“值 → 下标”，对当前元素 x 先查 target - x 是否已在字典中，再把 x 放进去。先查后放保证找到的是之前的另一个元素，不会把同一个元素用两次。",
        "solution": '''def two_sum_indices(nums: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for j, x in enumerate(nums):
        if target - x in seen:
            return [seen[target - x], j]
        seen[x] = j
    return []
''',
        "tests": [
            "assert two_sum_indices([4, 9, 12, 20], 21) == [1, 2]",
            "assert two_sum_indices([5, 2, 8], 10) == [1, 2]",
            "assert two_sum_indices([7, 7], 14) == [0, 1]",
            "assert two_sum_indices([-1, 5, 10, -4], 6) == [2, 3]",
        ],
        "poor_style": '''def two_sum_indices(nums, target):
    for i in range(len(nums)):
        for j in range(len(nums)):
            if i != j and i < j:
                if nums[i] + nums[j] == target:
                    return [i, j]
''',
        "partly_wrong": '''def two_sum_indices(nums, target):
    index_of = {x: i for i, x in enumerate(nums)}
    for i, x in enumerate(nums):
        if target - x in index_of:
            return [i, index_of[target - x]]
    return []
''',
    },
    {
        "id": "zh_dedupe_sorted",
        "category": "array",
        "prompt": "用Python对有序数组去重：编写函数 `dedupe_sorted(nums)`，nums 为升序整数列表（可能为空），返回去掉重复元素后的新升序列表，每个值只保留一次。要求利用有序性在 O(n) 时间内完成。",
        "entry_point": "dedupe_sorted",
        "explanation": "有序数组中相同的值一定相邻，所以只需把每个元素与结果列表的最后一个元素比较，不同才追加。空列表要先处理，否则访问 result[-1] 或 nums[0] 会出错。",
        "solution": '''def dedupe_sorted(nums: list[int]) -> list[int]:
    result: list[int] = []
    for x in nums:
        if not result or result[-1] != x:
            result.append(x)
    return result
''',
        "tests": [
            "assert dedupe_sorted([2, 2, 3]) == [2, 3]",
            "assert dedupe_sorted([]) == []",
            "assert dedupe_sorted([0, 0, 1, 1, 1, 2, 3, 3]) == [0, 1, 2, 3]",
            "assert dedupe_sorted([5]) == [5]",
        ],
        "poor_style": '''def dedupe_sorted(nums):
    res = []
    for i in range(len(nums)):
        x = nums[i]
        if x not in res:
            res.append(x)
    return res
''',
        "partly_wrong": '''def dedupe_sorted(nums):
    result = [nums[0]]
    for x in nums[1:]:
        if x != result[-1]:
            result.append(x)
    return result
''',
    },
    {
        "id": "zh_move_zeros",
        "category": "array",
        "prompt": "用Python移动零：编写函数 `move_zeros(nums)`，返回一个新列表：把整数列表 nums 中所有的 0 移到末尾，非零元素保持原来的相对顺序，例如 [3, 0, 7, 0, 0, 1] 返回 [3, 7, 1, 0, 0, 0]。",
        "entry_point": "move_zeros",
        "explanation": "先按顺序收集所有非零元素，再在末尾补上相应数量的 0，时间复杂度 O(n)。边遍历边删除/追加元素容易因为下标错位而漏处理连续的 0。",
        "solution": '''def move_zeros(nums: list[int]) -> list[int]:
    non_zero = [x for x in nums if x != 0]
    return non_zero + [0] * (len(nums) - len(non_zero))
''',
        "tests": [
            "assert move_zeros([0, 5, 0, 2, 8]) == [5, 2, 8, 0, 0]",
            "assert move_zeros([0, 0, 1]) == [1, 0, 0]",
            "assert move_zeros([]) == []",
            "assert move_zeros([4, 5]) == [4, 5]",
        ],
        "poor_style": '''def move_zeros(nums):
    z = 0
    for x in nums:
        if x == 0:
            z = z + 1
    res = []
    for x in nums:
        if x == 0:
            continue
        else:
            res.append(x)
    for i in range(z):
        res.append(0)
    return res
''',
        "partly_wrong": '''def move_zeros(nums):
    arr = list(nums)
    for i in range(len(arr)):
        if arr[i] == 0:
            arr.append(arr.pop(i))
    return arr
''',
    },
    {
        "id": "zh_max_window_sum",
        "category": "array",
        "prompt": "用Python求固定长度窗口的最大和：编写函数 `max_window_sum(nums, k)`，nums 是整数列表，1 <= k <= len(nums)，返回所有长度为 k 的连续子数组中元素和的最大值。要求使用滑动窗口，时间复杂度 O(n)。",
        "entry_point": "max_window_sum",
        "explanation": "先算出前 k 个元素的和作为第一个窗口，之后每向右滑动一格，加上新进入的元素、减去离开的元素，用 O(1) 得到新窗口的和。注意循环要一直到最后一个元素，否则会漏掉最后一个窗口。",
        "solution": '''def max_window_sum(nums: list[int], k: int) -> int:
    window = sum(nums[:k])
    best = window
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best
''',
        "tests": [
            "assert max_window_sum([1, 2, 3, 4, 5], 2) == 9",
            "assert max_window_sum([5, 1, 1, 1], 2) == 6",
            "assert max_window_sum([3], 1) == 3",
            "assert max_window_sum([-1, -2, -3], 2) == -3",
        ],
        "poor_style": '''def max_window_sum(nums, k):
    best = None
    for i in range(0, len(nums) - k + 1):
        s = 0
        for j in range(i, i + k):
            s = s + nums[j]
        if best == None or s > best:
            best = s
    return best
''',
        "partly_wrong": '''def max_window_sum(nums, k):
    window = sum(nums[:k])
    best = window
    for i in range(k, len(nums) - 1):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best
''',
    },
    {
        "id": "zh_min_subarray_len",
        "category": "array",
        "prompt": "用Python求和至少为目标值的最短子数组：编写函数 `min_subarray_len(target, nums)`，nums 为正整数列表，target 为正整数，返回和大于或等于 target 的最短连续子数组的长度；如果不存在，返回 0。要求时间复杂度 O(n)。",
        "entry_point": "min_subarray_len",
        "explanation": "因为元素都是正数，可以用可伸缩滑动窗口：右端不断扩张累加，一旦窗口和 >= target 就记录长度并收缩左端，直到条件不再满足。每个元素最多进出窗口各一次，时间复杂度 O(n)。",
        "solution": '''def min_subarray_len(target: int, nums: list[int]) -> int:
    best = len(nums) + 1
    left = window = 0
    for right, x in enumerate(nums):
        window += x
        while window >= target:
            best = min(best, right - left + 1)
            window -= nums[left]
            left += 1
    return best if best <= len(nums) else 0
''',
        "tests": [
            "assert min_subarray_len(9, [1, 4, 2, 5, 3]) == 3",
            "assert min_subarray_len(6, [1, 6, 2]) == 1",
            "assert min_subarray_len(11, [1, 1, 1, 1]) == 0",
            "assert min_subarray_len(3, [1, 1, 5]) == 1",
        ],
        "poor_style": '''def min_subarray_len(target, nums):
    best = 0
    for i in range(len(nums)):
        for j in range(i, len(nums)):
            s = sum(nums[i:j + 1])
            if s >= target:
                if best == 0 or j - i + 1 < best:
                    best = j - i + 1
    return best
''',
        "partly_wrong": '''def min_subarray_len(target, nums):
    best = len(nums) + 1
    left = window = 0
    for right, x in enumerate(nums):
        window += x
        while window > target:
            best = min(best, right - left + 1)
            window -= nums[left]
            left += 1
    return best if best <= len(nums) else 0
''',
    },
    {
        "id": "zh_prefix_sums",
        "category": "array",
        "prompt": "用Python计算前缀和：编写函数 `prefix_sums(nums)`，返回一个与 nums 等长的新列表，其中第 i 个元素等于 nums[0] + nums[1] + … + nums[i]；空列表返回空列表。",
        "entry_point": "prefix_sums",
        "explanation": "itertools.accumulate 会依次产生累积和，正好就是前缀和数组，时间复杂度 O(n)。前缀和是快速求区间和、统计子数组的基础工具。",
        "solution": '''from itertools import accumulate


def prefix_sums(nums: list[int]) -> list[int]:
    return list(accumulate(nums))
''',
        "tests": [
            "assert prefix_sums([1, 2, 3]) == [1, 3, 6]",
            "assert prefix_sums([]) == []",
            "assert prefix_sums([0, 5]) == [0, 5]",
            "assert prefix_sums([3, -1, 4, -2]) == [3, 2, 6, 4]",
        ],
        "poor_style": '''def prefix_sums(nums):
    out = []
    for i in range(len(nums)):
        s = 0
        for j in range(0, i + 1):
            s = s + nums[j]
        out.append(s)
    return out
''',
        "partly_wrong": '''def prefix_sums(nums):
    result = [0] * len(nums)
    for i in range(1, len(nums)):
        result[i] = result[i - 1] + nums[i]
    return result
''',
    },
    {
        "id": "zh_range_sum_queries",
        "category": "array",
        "prompt": "用Python用前缀和回答区间和查询：编写函数 `range_sum_queries(nums, queries)`，queries 是若干 [left, right] 对（0 <= left <= right < len(nums)，闭区间），按顺序返回每个查询对应区间 nums[left..right] 的元素和组成的列表。要求预处理 O(n)，每个查询 O(1)。",
        "entry_point": "range_sum_queries",
        "explanation": "构造带前导 0 的前缀和 prefix，使 prefix[i] 等于前 i 个元素之和，则闭区间 [l, r] 的和为 prefix[r + 1] - prefix[l]。前导 0 让公式统一，不必特判 l = 0。",
        "solution": '''from itertools import accumulate


def range_sum_queries(nums: list[int], queries: list[list[int]]) -> list[int]:
    prefix = [0, *accumulate(nums)]
    return [prefix[right + 1] - prefix[left] for left, right in queries]
''',
        "tests": [
            "assert range_sum_queries([1, 2, 3, 4], [[0, 3], [1, 2]]) == [10, 5]",
            "assert range_sum_queries([5], [[0, 0]]) == [5]",
            "assert range_sum_queries([1, 2, 3], []) == []",
            "assert range_sum_queries([4, -1, 2, 0, -3, 5], [[0, 2], [3, 5], [1, 1]]) == [5, 2, -1]",
        ],
        "poor_style": '''def range_sum_queries(nums, queries):
    answers = []
    for q in queries:
        l = q[0]
        r = q[1]
        s = 0
        for i in range(l, r + 1):
            s = s + nums[i]
        answers.append(s)
    return answers
''',
        "partly_wrong": '''def range_sum_queries(nums, queries):
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    return [prefix[right] - prefix[left] for left, right in queries]
''',
    },
    {
        "id": "zh_count_subarrays_with_sum",
        "category": "array",
        "prompt": "用Python统计和为 k 的子数组个数：编写函数 `count_subarrays_with_sum(nums, k)`，nums 是整数列表（元素可能为负数或 0），返回和恰好等于 k 的连续非空子数组的个数。要求时间复杂度 O(n)。",
        "entry_point": "count_subarrays_with_sum",
        "explanation": "子数组 nums[i..j] 的和等于 prefix[j+1] - prefix[i]，所以对每个当前前缀和 s，只需统计之前出现过多少次前缀和 s - k。用 Counter 记录各前缀和出现次数，初始放入 {0: 1}；含负数时滑动窗口不再适用。",
        "solution": '''from collections import Counter


def count_subarrays_with_sum(nums: list[int], k: int) -> int:
    seen = Counter({0: 1})
    running = count = 0
    for x in nums:
        running += x
        count += seen[running - k]
        seen[running] += 1
    return count
''',
        "tests": [
            "assert count_subarrays_with_sum([2, 2, 2], 4) == 2",
            "assert count_subarrays_with_sum([1, 3, 4], 4) == 2",
            "assert count_subarrays_with_sum([1, -1, 0], 0) == 3",
            "assert count_subarrays_with_sum([], 0) == 0",
            "assert count_subarrays_with_sum([0, 0], 0) == 3",
        ],
        "poor_style": '''def count_subarrays_with_sum(nums, k):
    c = 0
    for i in range(len(nums)):
        for j in range(i, len(nums)):
            if sum(nums[i:j + 1]) == k:
                c = c + 1
    return c
''',
        "partly_wrong": '''def count_subarrays_with_sum(nums, k):
    count = left = window = 0
    for right, x in enumerate(nums):
        window += x
        while window > k and left <= right:
            window -= nums[left]
            left += 1
        if window == k:
            count += 1
    return count
''',
    },
    {
        "id": "zh_rotate_right",
        "category": "array",
        "prompt": "用Python轮转数组：编写函数 `rotate_right(nums, k)`，返回把列表 nums 向右轮转 k 步后的新列表（k 为非负整数，可能大于列表长度），例如 rotate_right([1, 2, 3, 4, 5], 2) 返回 [4, 5, 1, 2, 3]；空列表返回空列表。",
        "entry_point": "rotate_right",
        "explanation": "向右轮转 k 步等价于轮转 k % n 步，之后把最后 k 个元素切到前面即可。必须先取模，否则 k 大于长度时切片结果不正确；空列表要提前返回以避免对 0 取模。",
        "solution": '''def rotate_right(nums: list[int], k: int) -> list[int]:
    if not nums:
        return []
    k %= len(nums)
    return nums[len(nums) - k:] + nums[:len(nums) - k]
''',
        "tests": [
            "assert rotate_right([1, 2, 3, 4, 5], 2) == [4, 5, 1, 2, 3]",
            "assert rotate_right([1, 2, 3], 4) == [3, 1, 2]",
            "assert rotate_right([1, 2], 0) == [1, 2]",
            "assert rotate_right([], 3) == []",
        ],
        "poor_style": '''def rotate_right(nums, k):
    arr = []
    for x in nums:
        arr.append(x)
    if len(arr) == 0:
        return arr
    for step in range(k):
        last = arr.pop()
        arr.insert(0, last)
    return arr
''',
        "partly_wrong": '''def rotate_right(nums, k):
    return nums[-k:] + nums[:-k]
''',
    },
    {
        "id": "zh_merge_intervals",
        "category": "array",
        "prompt": "用Python合并区间：编写函数 `merge_intervals(intervals)`，intervals 是若干 [start, end] 闭区间组成的列表（顺序任意），把所有重叠的区间合并（端点相接如 [3, 6] 和 [6, 9] 也算重叠，合并为 [3, 9]），返回按起点升序排列的不重叠区间列表。",
        "entry_point": "merge_intervals",
        "explanation": "先按起点排序，然后依次扫描：若当前区间的起点不大于结果中最后一个区间的终点，就把终点更新为两者终点的较大值，否则作为新区间加入。排序后只需一次线性扫描，总时间复杂度 O(n log n)。",
        "solution": '''def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
''',
        "tests": [
            "assert merge_intervals([[1, 4], [3, 7], [9, 12], [20, 21]]) == [[1, 7], [9, 12], [20, 21]]",
            "assert merge_intervals([[9, 12], [1, 4], [3, 7]]) == [[1, 7], [9, 12]]",
            "assert merge_intervals([]) == []",
            "assert merge_intervals([[2, 5], [5, 8]]) == [[2, 8]]",
            "assert merge_intervals([[1, 10], [2, 3]]) == [[1, 10]]",
        ],
        "poor_style": '''def merge_intervals(intervals):
    items = []
    for iv in intervals:
        items.append([iv[0], iv[1]])
    changed = True
    while changed:
        changed = False
        for i in range(len(items)):
            for j in range(len(items)):
                if changed == False and i != j:
                    a = items[i]
                    b = items[j]
                    if a[0] <= b[1] and b[0] <= a[1]:
                        new = [min(a[0], b[0]), max(a[1], b[1])]
                        items = [items[t] for t in range(len(items)) if t != i and t != j]
                        items.append(new)
                        changed = True
    items.sort()
    return items
''',
        "partly_wrong": '''def merge_intervals(intervals):
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
''',
    },
    {
        "id": "zh_max_water_container",
        "category": "array",
        "prompt": "用Python求盛最多水的容器：编写函数 `max_water_container(heights)`，heights[i] 表示第 i 条竖线的高度（非负整数），任选两条竖线与 x 轴构成容器，容量为两线距离乘以较短线的高度，返回最大容量；少于两条线时返回 0。要求用双指针，时间复杂度 O(n)。",
        "entry_point": "max_water_container",
        "explanation": "左右指针从两端开始，每次计算当前容量后移动较矮的一侧：移动较高的一侧时宽度变小而高度上限不会变大，不可能得到更优解。这样每步排除一条线，时间复杂度 O(n)。",
        "solution": '''def max_water_container(heights: list[int]) -> int:
    left, right = 0, len(heights) - 1
    best = 0
    while left < right:
        width = right - left
        if heights[left] < heights[right]:
            best = max(best, width * heights[left])
            left += 1
        else:
            best = max(best, width * heights[right])
            right -= 1
    return best
''',
        "tests": [
            "assert max_water_container([2, 7, 3, 9, 4, 6, 1]) == 24",
            "assert max_water_container([3, 3]) == 3",
            "assert max_water_container([5, 1, 1, 5]) == 15",
            "assert max_water_container([5]) == 0",
        ],
        "poor_style": '''def max_water_container(heights):
    m = 0
    for i in range(len(heights)):
        for j in range(len(heights)):
            if j > i:
                h = heights[i]
                if heights[j] < h:
                    h = heights[j]
                if h * (j - i) > m:
                    m = h * (j - i)
    return m
''',
        "partly_wrong": '''def max_water_container(heights):
    left, right = 0, len(heights) - 1
    best = 0
    while left < right:
        best = max(best, (right - left) * min(heights[left], heights[right]))
        if heights[left] > heights[right]:
            left += 1
        else:
            right -= 1
    return best
''',
    },
    {
        "id": "zh_three_sum_zero",
        "category": "array",
        "prompt": "用Python求三数之和为零：编写函数 `three_sum_zero(nums)`，返回整数列表 nums 中所有和为 0 的不重复三元组（三个元素来自不同下标）。每个三元组内部升序排列，整个结果按字典序升序排列，不得包含重复的三元组。要求时间复杂度 O(n^2)。",
        "entry_point": "three_sum_zero",
        "explanation": "先排序，枚举第一个数，再用左右双指针在其右侧寻找另外两个数。跳过与前一个相同的第一个数、以及找到解后跳过相同的左右值，就能避免重复三元组；排序后按此顺序产生的结果自然是字典序。",
        "solution": '''def three_sum_zero(nums: list[int]) -> list[list[int]]:
    arr = sorted(nums)
    result: list[list[int]] = []
    for i in range(len(arr) - 2):
        if i > 0 and arr[i] == arr[i - 1]:
            continue
        left, right = i + 1, len(arr) - 1
        while left < right:
            total = arr[i] + arr[left] + arr[right]
            if total < 0:
                left += 1
            elif total > 0:
                right -= 1
            else:
                result.append([arr[i], arr[left], arr[right]])
                left += 1
                right -= 1
                while left < right and arr[left] == arr[left - 1]:
                    left += 1
                while left < right and arr[right] == arr[right + 1]:
                    right -= 1
    return result
''',
        "tests": [
            "assert three_sum_zero([-2, 1, 1, -2, 0, 2, 3]) == [[-2, 0, 2], [-2, 1, 1]]",
            "assert three_sum_zero([0, 0, 0, 0]) == [[0, 0, 0]]",
            "assert three_sum_zero([]) == []",
            "assert three_sum_zero([0, 1, 1]) == []",
            "assert three_sum_zero([-2, 0, 1, 1, 2]) == [[-2, 0, 2], [-2, 1, 1]]",
        ],
        "poor_style": '''def three_sum_zero(nums):
    found = set()
    n = len(nums)
    for i in range(n):
        for j in range(n):
            for k in range(n):
                if i < j and j < k:
                    if nums[i] + nums[j] + nums[k] == 0:
                        t = sorted([nums[i], nums[j], nums[k]])
                        found.add((t[0], t[1], t[2]))
    out = []
    for t in sorted(found):
        out.append([t[0], t[1], t[2]])
    return out
''',
        "partly_wrong": '''def three_sum_zero(nums):
    arr = sorted(nums)
    result = []
    for i in range(len(arr) - 2):
        left, right = i + 1, len(arr) - 1
        while left < right:
            total = arr[i] + arr[left] + arr[right]
            if total < 0:
                left += 1
            elif total > 0:
                right -= 1
            else:
                result.append([arr[i], arr[left], arr[right]])
                left += 1
                right -= 1
                while left < right and arr[left] == arr[left - 1]:
                    left += 1
    return result
''',
    },
    {
        "id": "zh_product_except_self",
        "category": "array",
        "prompt": "用Python求除自身以外数组的乘积：编写函数 `product_except_self(nums)`，返回列表 answer，其中 answer[i] 等于 nums 中除 nums[i] 以外所有元素的乘积。不允许使用除法（nums 中可能有 0），要求时间复杂度 O(n)。",
        "entry_point": "product_except_self",
        "explanation": "answer[i] 等于 i 左侧所有元素的乘积乘以右侧所有元素的乘积。先从左到右把左侧乘积写入 answer，再从右到左用一个变量累乘右侧乘积，两次扫描即可，不需要除法，也不受 0 的影响。",
        "solution": '''def product_except_self(nums: list[int]) -> list[int]:
    n = len(nums)
    answer = [1] * n
    left = 1
    for i in range(n):
        answer[i] = left
        left *= nums[i]
    right = 1
    for i in range(n - 1, -1, -1):
        answer[i] *= right
        right *= nums[i]
    return answer
''',
        "tests": [
            "assert product_except_self([2, 3, 5]) == [15, 10, 6]",
            "assert product_except_self([0, 1, 2]) == [2, 0, 0]",
            "assert product_except_self([4, 0, -2, 1]) == [0, -8, 0, 0]",
            "assert product_except_self([2, 3]) == [3, 2]",
        ],
        "poor_style": '''def product_except_self(nums):
    res = []
    for i in range(len(nums)):
        p = 1
        for j in range(len(nums)):
            if j == i:
                continue
            p = p * nums[j]
        res.append(p)
    return res
''',
        "partly_wrong": '''def product_except_self(nums):
    total = 1
    for x in nums:
        total *= x
    return [total // x for x in nums]
''',
    },
    {
        "id": "zh_trap_rain_water",
        "category": "array",
        "prompt": "用Python计算接雨水：编写函数 `trap_rain_water(heights)`，heights 是非负整数列表，表示宽度为 1 的柱子高度，返回下雨后这些柱子之间总共能接住多少单位的雨水。要求时间复杂度 O(n)、额外空间 O(1)。",
        "entry_point": "trap_rain_water",
        "explanation": "位置 i 的积水量是 min(左侧最高, 右侧最高) - heights[i]。双指针从两端向中间移动，始终处理较矮的一侧：此时这一侧的积水只由它这一侧的最高值决定，因为另一侧一定有不低于它的柱子。",
        "solution": '''def trap_rain_water(heights: list[int]) -> int:
    left, right = 0, len(heights) - 1
    left_max = right_max = water = 0
    while left < right:
        if heights[left] < heights[right]:
            left_max = max(left_max, heights[left])
            water += left_max - heights[left]
            left += 1
        else:
            right_max = max(right_max, heights[right])
            water += right_max - heights[right]
            right -= 1
    return water
''',
        "tests": [
            "assert trap_rain_water([2, 0, 3, 1, 0, 4]) == 7",
            "assert trap_rain_water([]) == 0",
            "assert trap_rain_water([3, 2, 1]) == 0",
            "assert trap_rain_water([1, 2, 3]) == 0",
            "assert trap_rain_water([5, 1, 2, 1, 4]) == 8",
        ],
        "poor_style": '''def trap_rain_water(heights):
    total = 0
    for i in range(len(heights)):
        lm = max(heights[0:i + 1])
        rm = max(heights[i:len(heights)])
        m = lm
        if rm < lm:
            m = rm
        total = total + (m - heights[i])
    return total
''',
        "partly_wrong": '''def trap_rain_water(heights):
    water = 0
    left_max = 0
    for h in heights:
        left_max = max(left_max, h)
        water += left_max - h
    return water
''',
    },
    {
        "id": "zh_longest_ones_with_flips",
        "category": "array",
        "prompt": "用Python求最多翻转 k 个 0 后的最长连续 1：编写函数 `longest_ones_with_flips(nums, k)`，nums 只包含 0 和 1，k 为非负整数，最多可以把 k 个 0 变成 1，返回能得到的最长连续 1 的长度。要求使用滑动窗口，时间复杂度 O(n)。",
        "entry_point": "longest_ones_with_flips",
        "explanation": "窗口内最多允许 k 个 0：右端每加入一个元素就更新窗口内 0 的个数，超过 k 时收缩左端直到恢复合法，然后再用合法窗口的长度更新答案。必须先收缩再记录长度，否则会把不合法的窗口算进去。",
        "solution": '''def longest_ones_with_flips(nums: list[int], k: int) -> int:
    left = zeros = best = 0
    for right, x in enumerate(nums):
        if x == 0:
            zeros += 1
        while zeros > k:
            if nums[left] == 0:
                zeros -= 1
            left += 1
        best = max(best, right - left + 1)
    return best
''',
        "tests": [
            "assert longest_ones_with_flips([0, 1, 1, 0, 1, 0, 0, 1, 1, 1], 1) == 4",
            "assert longest_ones_with_flips([1, 1, 1], 1) == 3",
            "assert longest_ones_with_flips([0, 0, 0], 3) == 3",
            "assert longest_ones_with_flips([1, 0, 1], 0) == 1",
            "assert longest_ones_with_flips([], 2) == 0",
        ],
        "poor_style": '''def longest_ones_with_flips(nums, k):
    best = 0
    for i in range(len(nums)):
        z = 0
        for j in range(i, len(nums)):
            if nums[j] == 0:
                z = z + 1
            if z > k:
                break
            if j - i + 1 > best:
                best = j - i + 1
    return best
''',
        "partly_wrong": '''def longest_ones_with_flips(nums, k):
    left = zeros = best = 0
    for right, x in enumerate(nums):
        if x == 0:
            zeros += 1
        best = max(best, right - left + 1)
        while zeros > k:
            if nums[left] == 0:
                zeros -= 1
            left += 1
    return best
''',
    },
    {
        "id": "zh_missing_number",
        "category": "array",
        "prompt": "用Python寻找缺失的数字：编写函数 `missing_number(nums)`，nums 包含 n 个互不相同的整数，取自 0 到 n 这 n+1 个数，恰好缺少其中一个，返回缺失的那个数。要求时间复杂度 O(n)、额外空间 O(1)。",
        "entry_point": "missing_number",
        "explanation": "0 到 n 的总和为 n(n+1)/2，减去 nums 的实际和就是缺失的数。这个方法自然覆盖缺失的恰好是 n 的情况，时间 O(n)、空间 O(1)。",
        "solution": '''def missing_number(nums: list[int]) -> int:
    n = len(nums)
    return n * (n + 1) // 2 - sum(nums)
''',
        "tests": [
            "assert missing_number([4, 2, 0, 1]) == 3",
            "assert missing_number([1, 0, 2]) == 3",
            "assert missing_number([1]) == 0",
            "assert missing_number([5, 3, 0, 1, 6, 2]) == 4",
        ],
        "poor_style": '''def missing_number(nums):
    for i in range(0, len(nums) + 1):
        present = False
        for x in nums:
            if x == i:
                present = True
        if present == False:
            return i
''',
        "partly_wrong": '''def missing_number(nums):
    ordered = sorted(nums)
    for i, x in enumerate(ordered):
        if x != i:
            return i
''',
    },
    {
        "id": "zh_majority_element",
        "category": "array",
        "prompt": "用Python求多数元素：编写函数 `majority_element(nums)`，nums 是非空整数列表，且保证存在一个出现次数严格大于 len(nums) // 2 的元素，返回该元素。要求使用摩尔投票法，时间复杂度 O(n)、额外空间 O(1)。",
        "entry_point": "majority_element",
        "explanation": "摩尔投票：维护候选值和计数，计数为 0 时换当前元素为候选，相同加一、不同减一。多数元素的票数比其他所有元素加起来还多，抵消之后留下的候选一定是它。",
        "solution": '''def majority_element(nums: list[int]) -> int:
    candidate, count = nums[0], 0
    for x in nums:
        if count == 0:
            candidate = x
        count += 1 if x == candidate else -1
    return candidate
''',
        "tests": [
            "assert majority_element([4, 1, 4]) == 4",
            "assert majority_element([6, 5, 5, 6, 6, 5, 6]) == 6",
            "assert majority_element([5]) == 5",
            "assert majority_element([1, 1, 2]) == 1",
        ],
        "poor_style": '''def majority_element(nums):
    d = {}
    for x in nums:
        if x in d.keys():
            d[x] = d[x] + 1
        else:
            d[x] = 1
    best = None
    best_count = -1
    for key in d.keys():
        if d[key] > best_count:
            best_count = d[key]
            best = key
    return best
''',
        "partly_wrong": '''def majority_element(nums):
    return sorted(nums)[len(nums) // 2 - 1]
''',
    },
    {
        "id": "zh_pivot_index",
        "category": "array",
        "prompt": "用Python寻找数组的中心下标：编写函数 `pivot_index(nums)`，返回最左边的下标 i，使 nums[i] 左侧所有元素之和等于右侧所有元素之和（不包括 nums[i] 本身；边界外的和视为 0）；不存在时返回 -1。",
        "entry_point": "pivot_index",
        "explanation": "先求总和 total，再从左到右维护左侧和 left：右侧和等于 total - left - nums[i]，两者相等即返回。必须从下标 0 开始检查，因为中心下标可能就在最左端。",
        "solution": '''def pivot_index(nums: list[int]) -> int:
    total = sum(nums)
    left = 0
    for i, x in enumerate(nums):
        if left == total - left - x:
            return i
        left += x
    return -1
''',
        "tests": [
            "assert pivot_index([2, 5, 1, 4, 3]) == 2",
            "assert pivot_index([1, 2, 4]) == -1",
            "assert pivot_index([3, 4, -4]) == 0",
            "assert pivot_index([]) == -1",
        ],
        "poor_style": '''def pivot_index(nums):
    for i in range(len(nums)):
        l = 0
        for j in range(0, i):
            l = l + nums[j]
        r = 0
        for j in range(i + 1, len(nums)):
            r = r + nums[j]
        if l == r:
            return i
    return -1
''',
        "partly_wrong": '''def pivot_index(nums):
    total = sum(nums)
    left = nums[0] if nums else 0
    for i in range(1, len(nums)):
        if left == total - left - nums[i]:
            return i
        left += nums[i]
    return -1
''',
    },
    {
        "id": "zh_sorted_squares",
        "category": "array",
        "prompt": "用Python求有序数组的平方：编写函数 `sorted_squares(nums)`，nums 为升序整数列表（可能包含负数），返回每个元素平方后组成的升序新列表。要求使用双指针，时间复杂度 O(n)。",
        "entry_point": "sorted_squares",
        "explanation": "平方后的最大值只可能出现在两端，所以左右双指针比较两端的绝对值，把较大的平方从结果数组的末尾往前填。整个过程只扫描一遍，不需要再排序。",
        "solution": '''def sorted_squares(nums: list[int]) -> list[int]:
    n = len(nums)
    result = [0] * n
    left, right = 0, n - 1
    for pos in range(n - 1, -1, -1):
        if abs(nums[left]) > abs(nums[right]):
            result[pos] = nums[left] ** 2
            left += 1
        else:
            result[pos] = nums[right] ** 2
            right -= 1
    return result
''',
        "tests": [
            "assert sorted_squares([-5, -2, 0, 1, 4]) == [0, 1, 4, 16, 25]",
            "assert sorted_squares([1, 2, 3]) == [1, 4, 9]",
            "assert sorted_squares([]) == []",
            "assert sorted_squares([-3, -2]) == [4, 9]",
        ],
        "poor_style": '''def sorted_squares(nums):
    sq = []
    for x in nums:
        sq.append(x * x)
    for i in range(1, len(sq)):
        v = sq[i]
        j = i - 1
        while j >= 0 and sq[j] > v:
            sq[j + 1] = sq[j]
            j = j - 1
        sq[j + 1] = v
    return sq
''',
        "partly_wrong": '''def sorted_squares(nums):
    return [x * x for x in nums]
''',
    },
    {
        "id": "zh_second_largest",
        "category": "array",
        "prompt": "用Python求第二大的不同值：编写函数 `second_largest(nums)`，返回整数列表 nums 中严格小于最大值的最大元素（即第二大的不同值）；如果 nums 中不同的值少于两个，返回 None。要求一次遍历完成。",
        "entry_point": "second_largest",
        "explanation": "遍历时维护最大值 first 和第二大值 second：遇到比 first 大的数，原来的 first 降为 second；遇到介于两者之间且不等于 first 的数，更新 second。等于最大值的重复元素不会影响 second。",
        "solution": '''def second_largest(nums: list[int]) -> int | None:
    first = second = None
    for x in nums:
        if first is None or x > first:
            first, second = x, first
        elif x != first and (second is None or x > second):
            second = x
    return second
''',
        "tests": [
            "assert second_largest([1, 2, 3]) == 2",
            "assert second_largest([5, 5, 4]) == 4",
            "assert second_largest([7]) == None",
            "assert second_largest([3, 3]) == None",
            "assert second_largest([-1, -5, -3]) == -3",
        ],
        "poor_style": '''def second_largest(nums):
    u = []
    for x in nums:
        if x not in u:
            u.append(x)
    if len(u) < 2:
        return None
    u.sort()
    u.reverse()
    return u[1]
''',
        "partly_wrong": '''def second_largest(nums):
    if len(nums) < 2:
        return None
    return sorted(nums)[-2]
''',
    },
    {
        "id": "zh_sliding_window_max",
        "category": "array",
        "prompt": "用Python求滑动窗口最大值：编写函数 `sliding_window_max(nums, k)`，nums 为整数列表，1 <= k <= len(nums)，返回每个长度为 k 的窗口（从左到右依次滑动）中的最大值组成的列表。要求使用单调队列，时间复杂度 O(n)。",
        "entry_point": "sliding_window_max",
        "explanation": "双端队列中保存下标，对应的值从队头到队尾单调递减：新元素入队前弹出队尾所有不大于它的元素，队头若已滑出窗口则弹出。这样队头始终是当前窗口的最大值，每个下标最多进出队列一次。",
        "solution": '''from collections import deque


def sliding_window_max(nums: list[int], k: int) -> list[int]:
    window: deque[int] = deque()
    result = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            result.append(nums[window[0]])
    return result
''',
        "tests": [
            "assert sliding_window_max([2, 5, 1, 0, 6, 2, 3], 3) == [5, 5, 6, 6, 6]",
            "assert sliding_window_max([1], 1) == [1]",
            "assert sliding_window_max([9, 1, 1, 1], 2) == [9, 1, 1]",
            "assert sliding_window_max([4, 2], 2) == [4]",
        ],
        "poor_style": '''def sliding_window_max(nums, k):
    out = []
    for i in range(0, len(nums) - k + 1):
        m = nums[i]
        for j in range(i, i + k):
            if nums[j] > m:
                m = nums[j]
        out.append(m)
    return out
''',
        "partly_wrong": '''from collections import deque


def sliding_window_max(nums, k):
    window = deque()
    result = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if i >= k - 1:
            result.append(nums[window[0]])
    return result
''',
    },
    {
        "id": "zh_intersect_sorted",
        "category": "array",
        "prompt": "用Python求两个有序数组的交集（保留重复）：编写函数 `intersect_sorted(a, b)`，a 和 b 都是升序整数列表，返回它们的公共元素组成的升序列表；若某个值在 a 中出现 x 次、在 b 中出现 y 次，则在结果中出现 min(x, y) 次。要求用双指针，时间复杂度 O(len(a) + len(b))。",
        "entry_point": "intersect_sorted",
        "explanation": "两个指针分别扫描 a 和 b：值相等时加入结果并同时前进，否则前进较小值所在的指针。因为每次相等只消耗一对元素，重复值会被正确地保留 min(x, y) 次；用集合求交集会丢失重复。",
        "solution": '''def intersect_sorted(a: list[int], b: list[int]) -> list[int]:
    i = j = 0
    common = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            common.append(a[i])
            i += 1
            j += 1
        elif a[i] < b[j]:
            i += 1
        else:
            j += 1
    return common
''',
        "tests": [
            "assert intersect_sorted([1, 2, 2, 3], [2, 2, 4]) == [2, 2]",
            "assert intersect_sorted([1, 3, 5], [2, 3, 5]) == [3, 5]",
            "assert intersect_sorted([], [1]) == []",
            "assert intersect_sorted([1, 1, 1], [1, 1]) == [1, 1]",
        ],
        "poor_style": '''def intersect_sorted(a, b):
    rest = list(b)
    out = []
    for x in a:
        if x in rest:
            out.append(x)
            rest.remove(x)
    out.sort()
    return out
''',
        "partly_wrong": '''def intersect_sorted(a, b):
    return sorted(set(a) & set(b))
''',
    },
    {
        "id": "zh_max_profit_once",
        "category": "array",
        "prompt": "用Python求买卖股票的最大利润（只交易一次）：编写函数 `max_profit_once(prices)`，prices[i] 是第 i 天的股价，最多只能先买入一次、在之后的某一天卖出一次，返回能获得的最大利润；无法获利或列表为空时返回 0。",
        "entry_point": "max_profit_once",
        "explanation": "从左到右扫描，维护到目前为止的最低价格，当天卖出的利润就是当前价格减去之前的最低价，取所有利润的最大值。卖出必须在买入之后，所以不能简单地用全局最大值减全局最小值。",
        "solution": '''def max_profit_once(prices: list[int]) -> int:
    lowest = float("inf")
    best = 0
    for price in prices:
        lowest = min(lowest, price)
        best = max(best, price - lowest)
    return best
''',
        "tests": [
            "assert max_profit_once([8, 3, 6, 2, 7, 5]) == 5",
            "assert max_profit_once([9, 8, 5, 2]) == 0",
            "assert max_profit_once([]) == 0",
            "assert max_profit_once([2, 4, 1]) == 2",
            "assert max_profit_once([1, 6]) == 5",
        ],
        "poor_style": '''def max_profit_once(prices):
    p = 0
    for i in range(len(prices)):
        for j in range(len(prices)):
            if j > i:
                if prices[j] - prices[i] > p:
                    p = prices[j] - prices[i]
    return p
''',
        "partly_wrong": '''def max_profit_once(prices):
    if not prices:
        return 0
    return max(prices) - min(prices)
''',
    },
    {
        "id": "zh_spiral_order",
        "category": "array",
        "prompt": "用Python按螺旋顺序遍历矩阵：编写函数 `spiral_order(matrix)`，matrix 是 m×n 的嵌套列表（可能为空），从左上角开始按顺时针螺旋顺序（向右、向下、向左、向上循环）返回所有元素组成的列表。",
        "entry_point": "spiral_order",
        "explanation": "维护上、下、左、右四条边界，依次遍历上边、右边、下边、左边，每走完一条边就把对应边界向内收缩。走下边和左边之前要检查边界是否仍然有效，否则在只剩一行或一列时会重复访问元素。",
        "solution": '''def spiral_order(matrix: list[list[int]]) -> list[int]:
    if not matrix:
        return []
    top, bottom = 0, len(matrix) - 1
    left, right = 0, len(matrix[0]) - 1
    result = []
    while top <= bottom and left <= right:
        result.extend(matrix[top][j] for j in range(left, right + 1))
        top += 1
        result.extend(matrix[i][right] for i in range(top, bottom + 1))
        right -= 1
        if top <= bottom:
            result.extend(matrix[bottom][j] for j in range(right, left - 1, -1))
            bottom -= 1
        if left <= right:
            result.extend(matrix[i][left] for i in range(bottom, top - 1, -1))
            left += 1
    return result
''',
        "tests": [
            "assert spiral_order([[9, 8, 7], [6, 5, 4], [3, 2, 1]]) == [9, 8, 7, 4, 1, 2, 3, 6, 5]",
            "assert spiral_order([[10, 11, 12, 13], [14, 15, 16, 17], [18, 19, 20, 21]]) == [10, 11, 12, 13, 17, 21, 20, 19, 18, 14, 15, 16]",
            "assert spiral_order([]) == []",
            "assert spiral_order([[1]]) == [1]",
            "assert spiral_order([[1], [2], [3]]) == [1, 2, 3]",
        ],
        "poor_style": '''def spiral_order(matrix):
    if len(matrix) == 0:
        return []
    R = len(matrix)
    C = len(matrix[0])
    seen = []
    for i in range(R):
        seen.append([False] * C)
    dr = [0, 1, 0, -1]
    dc = [1, 0, -1, 0]
    d = 0
    r = 0
    c = 0
    out = []
    for step in range(R * C):
        out.append(matrix[r][c])
        seen[r][c] = True
        nr = r + dr[d]
        nc = c + dc[d]
        if nr < 0 or nr >= R or nc < 0 or nc >= C or seen[nr][nc] == True:
            d = (d + 1) % 4
            nr = r + dr[d]
            nc = c + dc[d]
        r = nr
        c = nc
    return out
''',
        "partly_wrong": '''def spiral_order(matrix):
    if not matrix:
        return []
    top, bottom = 0, len(matrix) - 1
    left, right = 0, len(matrix[0]) - 1
    result = []
    while top <= bottom and left <= right:
        for j in range(left, right + 1):
            result.append(matrix[top][j])
        top += 1
        for i in range(top, bottom + 1):
            result.append(matrix[i][right])
        right -= 1
        for j in range(right, left - 1, -1):
            result.append(matrix[bottom][j])
        bottom -= 1
        for i in range(bottom, top - 1, -1):
            result.append(matrix[i][left])
        left += 1
    return result
''',
    },
    {
        "id": "zh_rotate_matrix_clockwise",
        "category": "array",
        "prompt": "用Python把方阵顺时针旋转 90 度：编写函数 `rotate_matrix_clockwise(matrix)`，matrix 是 n×n 的嵌套列表（n 可以为 0），返回顺时针旋转 90 度后的新矩阵，原矩阵不变。",
        "entry_point": "rotate_matrix_clockwise",
        "explanation": "顺时针旋转 90 度等价于先把行的顺序上下翻转，再做转置：zip(*matrix[::-1]) 的第 j 个元组就是新矩阵的第 j 行。若先转置再上下翻转，得到的是逆时针旋转。",
        "solution": '''def rotate_matrix_clockwise(matrix: list[list[int]]) -> list[list[int]]:
    return [list(row) for row in zip(*matrix[::-1])]
''',
        "tests": [
            "assert rotate_matrix_clockwise([[1, 2], [3, 4]]) == [[3, 1], [4, 2]]",
            "assert rotate_matrix_clockwise([[1]]) == [[1]]",
            "assert rotate_matrix_clockwise([]) == []",
            "assert rotate_matrix_clockwise([[1, 0, 2], [3, 4, 5], [6, 7, 8]]) == [[6, 3, 1], [7, 4, 0], [8, 5, 2]]",
        ],
        "poor_style": '''def rotate_matrix_clockwise(matrix):
    n = len(matrix)
    res = []
    for i in range(n):
        row = []
        for j in range(n):
            row.append(0)
        res.append(row)
    for i in range(n):
        for j in range(n):
            res[j][n - 1 - i] = matrix[i][j]
    return res
''',
        "partly_wrong": '''def rotate_matrix_clockwise(matrix):
    return [list(row) for row in zip(*matrix)][::-1]
''',
    },
    {
        "id": "zh_max_consecutive_ones",
        "category": "array",
        "prompt": "用Python求最大连续 1 的个数：编写函数 `max_consecutive_ones(nums)`，nums 只包含 0 和 1，返回其中最长的一段连续 1 的长度；没有 1 时返回 0。",
        "entry_point": "max_consecutive_ones",
        "explanation": "用 current 记录当前这一段连续 1 的长度，遇到 1 加一、遇到 0 清零，并在每一步都用 current 更新最大值。若只在遇到 0 时才更新最大值，会漏掉位于末尾的那一段。",
        "solution": '''def max_consecutive_ones(nums: list[int]) -> int:
    best = current = 0
    for x in nums:
        current = current + 1 if x == 1 else 0
        best = max(best, current)
    return best
''',
        "tests": [
            "assert max_consecutive_ones([0, 1, 1, 0, 1, 1, 1]) == 3",
            "assert max_consecutive_ones([1, 1, 0, 0, 1]) == 2",
            "assert max_consecutive_ones([]) == 0",
            "assert max_consecutive_ones([0]) == 0",
        ],
        "poor_style": '''def max_consecutive_ones(nums):
    best = 0
    for i in range(len(nums)):
        c = 0
        j = i
        while j < len(nums) and nums[j] == 1:
            c = c + 1
            j = j + 1
        if c > best:
            best = c
    return best
''',
        "partly_wrong": '''def max_consecutive_ones(nums):
    best = current = 0
    for x in nums:
        if x == 1:
            current += 1
        else:
            best = max(best, current)
            current = 0
    return best
''',
    },
    # ------------------------------------------------------------------
    # 第二批（为 SFT / RM / PPO 三个互不重叠的划分补充的题目）
    # ------------------------------------------------------------------
    {
        "id": "zh_word_length_histogram",
        "category": "string",
        "prompt": "编写函数 `word_length_histogram(text)`：按任意空白字符切分 text 得到单词，返回一个字典，键是单词长度，值是该长度的单词个数。空字符串或只有空白时返回空字典。",
        "entry_point": "word_length_histogram",
        "explanation": "str.split() 不带参数时会按任意长度的空白切分并丢掉空串，正好得到单词列表；再用 dict.get 累加每个长度出现的次数即可。",
        "solution": '''def word_length_histogram(text: str) -> dict[int, int]:
    counts: dict[int, int] = {}
    for word in text.split():
        counts[len(word)] = counts.get(len(word), 0) + 1
    return counts
''',
        "tests": [
            "assert word_length_histogram('a bb cc ddd') == {1: 1, 2: 2, 3: 1}",
            "assert word_length_histogram('') == {}",
            "assert word_length_histogram('  hi   there ') == {2: 1, 5: 1}",
            "assert word_length_histogram('one\\ttwo\\nthree') == {3: 2, 5: 1}",
        ],
        "poor_style": '''def word_length_histogram(text):
    words = text.split()
    result = {}
    for i in range(len(words)):
        l = len(words[i])
        if l in result.keys():
            result[l] = result[l] + 1
        else:
            result[l] = 1
    return result
''',
        "partly_wrong": '''def word_length_histogram(text):
    counts = {}
    for word in text.split(" "):
        counts[len(word)] = counts.get(len(word), 0) + 1
    return counts
''',
    },
    {
        "id": "zh_mask_email",
        "category": "string",
        "prompt": "编写函数 `mask_email(email)` 对邮箱地址脱敏：只保留 @ 前用户名的第一个字符，其余部分（不论多长）统一替换为三个星号 `***`，@ 及域名保持不变。例如 \"alice@example.com\" 变为 \"a***@example.com\"。可以假设输入恰好包含一个 @ 且用户名非空。",
        "entry_point": "mask_email",
        "explanation": "用 split('@', 1) 把邮箱拆成用户名和域名，取用户名首字符拼上固定的三个星号，再接回 @ 和域名。星号个数固定，避免泄露用户名长度，用户名只有一个字符时也同样处理。",
        "solution": '''def mask_email(email: str) -> str:
    user, domain = email.split("@", 1)
    return f"{user[0]}***@{domain}"
''',
        "tests": [
            "assert mask_email('alice@example.com') == 'a***@example.com'",
            "assert mask_email('b@qq.com') == 'b***@qq.com'",
            "assert mask_email('tom.lee@mail.cn') == 't***@mail.cn'",
        ],
        "poor_style": '''def mask_email(email):
    pos = 0
    for i in range(len(email)):
        if email[i] == "@":
            pos = i
    result = ""
    result = result + email[0]
    result = result + "*" + "*" + "*"
    for i in range(pos, len(email)):
        result = result + email[i]
    return result
''',
        "partly_wrong": '''def mask_email(email):
    user, domain = email.split("@", 1)
    if len(user) == 1:
        return email
    return user[0] + "***@" + domain
''',
    },
    {
        "id": "zh_format_mobile",
        "category": "string",
        "prompt": "编写函数 `format_mobile(digits)`：输入一个由 11 位数字组成的字符串（中间可能夹杂空格或短横线），去掉这些分隔符后按 3-4-4 的格式重新输出，例如 \"138 1234 5678\" 变为 \"138-1234-5678\"。去掉分隔符后若不是恰好 11 位数字，返回空字符串。",
        "entry_point": "format_mobile",
        "explanation": "先只保留数字字符，再检查是否恰好 11 位；符合时用切片取出 3、4、4 三段并用短横线连接。先清洗再校验，可以同时接受多种书写方式的输入。",
        "solution": '''def format_mobile(digits: str) -> str:
    cleaned = "".join(ch for ch in digits if ch not in " -")
    if len(cleaned) != 11 or not cleaned.isdigit():
        return ""
    return f"{cleaned[:3]}-{cleaned[3:7]}-{cleaned[7:]}"
''',
        "tests": [
            "assert format_mobile('13812345678') == '138-1234-5678'",
            "assert format_mobile('138 1234 5678') == '138-1234-5678'",
            "assert format_mobile('139-0000-1111') == '139-0000-1111'",
            "assert format_mobile('1381234567') == ''",
            "assert format_mobile('1381234567a') == ''",
        ],
        "poor_style": '''def format_mobile(digits):
    s = digits.replace(" ", "")
    s = s.replace("-", "")
    if len(s) == 11:
        ok = True
        for c in s:
            if c not in "0123456789":
                ok = False
        if ok == True:
            return s[0] + s[1] + s[2] + "-" + s[3] + s[4] + s[5] + s[6] + "-" + s[7] + s[8] + s[9] + s[10]
        else:
            return ""
    else:
        return ""
''',
        "partly_wrong": '''def format_mobile(digits):
    cleaned = digits.replace(" ", "").replace("-", "")
    if len(cleaned) != 11:
        return ""
    return cleaned[:3] + "-" + cleaned[3:7] + "-" + cleaned[7:]
''',
    },
    {
        "id": "zh_alternate_case",
        "category": "string",
        "prompt": "编写函数 `alternate_case(s)`：把字符串中的英文字母按出现顺序交替变为大写、小写（第一个字母大写，第二个字母小写，依此类推），非字母字符原样保留且不参与计数。例如 \"hello world\" 变为 \"HeLlO wOrLd\"。",
        "entry_point": "alternate_case",
        "explanation": "用一个计数器只统计字母：遇到字母时根据计数器奇偶决定大小写并把计数加一，其他字符直接保留。因为空格不计数，所以交替是跨单词连续的。",
        "solution": '''def alternate_case(s: str) -> str:
    result = []
    letters_seen = 0
    for ch in s:
        if ch.isalpha():
            result.append(ch.upper() if letters_seen % 2 == 0 else ch.lower())
            letters_seen += 1
        else:
            result.append(ch)
    return "".join(result)
''',
        "tests": [
            "assert alternate_case('hello world') == 'HeLlO wOrLd'",
            "assert alternate_case('') == ''",
            "assert alternate_case('ABC') == 'AbC'",
            "assert alternate_case('a1b2c') == 'A1b2C'",
        ],
        "poor_style": '''def alternate_case(s):
    out = ""
    n = 0
    for i in range(len(s)):
        c = s[i]
        if c.isalpha() == True:
            if n % 2 == 0:
                out = out + c.upper()
            else:
                out = out + c.lower()
            n = n + 1
        else:
            out = out + c
    return out
''',
        "partly_wrong": '''def alternate_case(s):
    return "".join(ch.upper() if i % 2 == 0 else ch.lower() for i, ch in enumerate(s))
''',
    },
    {
        "id": "zh_count_elements_over_mean",
        "category": "array",
        "prompt": "编写函数 `count_above_mean(nums)`：返回列表中严格大于平均值的元素个数。空列表返回 0。",
        "entry_point": "count_above_mean",
        "explanation": "先求总和与平均值，再数严格大于平均值的元素。空列表没有平均值，需要先单独返回 0，避免除以零。",
        "solution": '''def count_above_mean(nums: list[float]) -> int:
    if not nums:
        return 0
    mean = sum(nums) / len(nums)
    return sum(1 for x in nums if x > mean)
''',
        "tests": [
            "assert count_above_mean([1, 2, 3, 4]) == 2",
            "assert count_above_mean([]) == 0",
            "assert count_above_mean([5, 5, 5]) == 0",
            "assert count_above_mean([1, 1, 1, 10]) == 1",
        ],
        "poor_style": '''def count_above_mean(nums):
    if len(nums) == 0:
        return 0
    total = 0
    for i in range(len(nums)):
        total = total + nums[i]
    cnt = 0
    for i in range(len(nums)):
        if nums[i] > total / len(nums):
            cnt = cnt + 1
    return cnt
''',
        "partly_wrong": '''def count_above_mean(nums):
    if not nums:
        return 0
    mean = sum(nums) / len(nums)
    return sum(1 for x in nums if x >= mean)
''',
    },
    {
        "id": "zh_find_duplicates",
        "category": "array",
        "prompt": "编写函数 `find_duplicates(nums)`：返回列表中出现次数不少于两次的所有元素，每个元素只出现一次，结果按升序排列。",
        "entry_point": "find_duplicates",
        "explanation": "一次遍历时用 seen 集合记录见过的元素，再次遇到时放入 repeated 集合；最后对 repeated 排序。整体 O(n log n)，比对每个元素调用 count 的 O(n^2) 快。",
        "solution": '''def find_duplicates(nums: list[int]) -> list[int]:
    seen: set[int] = set()
    repeated: set[int] = set()
    for x in nums:
        if x in seen:
            repeated.add(x)
        seen.add(x)
    return sorted(repeated)
''',
        "tests": [
            "assert find_duplicates([3, 1, 3, 2, 1]) == [1, 3]",
            "assert find_duplicates([]) == []",
            "assert find_duplicates([1, 2, 3]) == []",
            "assert find_duplicates([7, 7, 7]) == [7]",
        ],
        "poor_style": '''def find_duplicates(nums):
    res = []
    for x in nums:
        if nums.count(x) >= 2:
            if x not in res:
                res.append(x)
    res.sort()
    return res
''',
        "partly_wrong": '''def find_duplicates(nums):
    seen = set()
    repeated = []
    for x in nums:
        if x in seen:
            repeated.append(x)
        seen.add(x)
    return sorted(repeated)
''',
    },
    {
        "id": "zh_count_local_peaks",
        "category": "array",
        "prompt": "编写函数 `count_local_peaks(nums)`：统计列表中“局部峰值”的个数。局部峰值指不在首尾、且严格大于左右两个相邻元素的位置。",
        "entry_point": "count_local_peaks",
        "explanation": "只需检查下标 1 到 n-2 的元素，把它和左右邻居比较；首尾元素只有一个邻居，按定义不算峰值。列表长度小于 3 时 range 为空，自然返回 0。",
        "solution": '''def count_local_peaks(nums: list[int]) -> int:
    return sum(1 for i in range(1, len(nums) - 1) if nums[i - 1] < nums[i] > nums[i + 1])
''',
        "tests": [
            "assert count_local_peaks([1, 3, 2, 4, 1]) == 2",
            "assert count_local_peaks([5, 1, 5]) == 0",
            "assert count_local_peaks([1, 2, 2, 1]) == 0",
            "assert count_local_peaks([2]) == 0",
        ],
        "poor_style": '''def count_local_peaks(nums):
    c = 0
    i = 0
    while i < len(nums):
        if i != 0 and i != len(nums) - 1:
            if nums[i] > nums[i - 1]:
                if nums[i] > nums[i + 1]:
                    c = c + 1
        i = i + 1
    return c
''',
        "partly_wrong": '''def count_local_peaks(nums):
    count = 0
    for i in range(1, len(nums) - 1):
        if nums[i] >= nums[i - 1] and nums[i] >= nums[i + 1]:
            count += 1
    return count
''',
    },
    {
        "id": "zh_longest_increasing_run",
        "category": "array",
        "prompt": "编写函数 `longest_increasing_run(nums)`：返回列表中最长的“严格递增且连续”的片段的长度，例如 [1, 3, 5, 4, 7] 中最长的是 [1, 3, 5]，返回 3。空列表返回 0。",
        "entry_point": "longest_increasing_run",
        "explanation": "一次遍历，维护以当前元素结尾的递增片段长度：比前一个元素严格大就加一，否则重新从 1 开始；同时记录出现过的最大值。相等的相邻元素会打断严格递增。",
        "solution": '''def longest_increasing_run(nums: list[int]) -> int:
    best = run = 0
    for i, value in enumerate(nums):
        run = run + 1 if i > 0 and value > nums[i - 1] else 1
        best = max(best, run)
    return best
''',
        "tests": [
            "assert longest_increasing_run([1, 3, 5, 4, 7]) == 3",
            "assert longest_increasing_run([]) == 0",
            "assert longest_increasing_run([2, 2, 2]) == 1",
            "assert longest_increasing_run([5, 4, 3, 4, 5, 6]) == 4",
        ],
        "poor_style": '''def longest_increasing_run(nums):
    best = 0
    for i in range(len(nums)):
        length = 1
        j = i
        while j + 1 < len(nums) and nums[j + 1] > nums[j]:
            length = length + 1
            j = j + 1
        if length > best:
            best = length
    return best
''',
        "partly_wrong": '''def longest_increasing_run(nums):
    best = run = 0
    for i, value in enumerate(nums):
        run = run + 1 if i > 0 and value >= nums[i - 1] else 1
        best = max(best, run)
    return best
''',
    },
    {
        "id": "zh_sum_of_squares",
        "category": "math",
        "prompt": "编写函数 `sum_of_squares(n)`：返回 1² + 2² + … + n² 的值。n 为非负整数，n 为 0 时返回 0。要求使用公式 n(n+1)(2n+1)/6 在 O(1) 时间内计算。",
        "entry_point": "sum_of_squares",
        "explanation": "平方和公式 n(n+1)(2n+1)/6 的分子总能被 6 整除，所以用整数除法 // 得到精确的整数结果，不会有浮点误差，也不需要循环。",
        "solution": '''def sum_of_squares(n: int) -> int:
    return n * (n + 1) * (2 * n + 1) // 6
''',
        "tests": [
            "assert sum_of_squares(0) == 0",
            "assert sum_of_squares(1) == 1",
            "assert sum_of_squares(3) == 14",
            "assert sum_of_squares(10) == 385",
            "assert sum_of_squares(1000000) == 333333833333500000",
        ],
        "poor_style": '''def sum_of_squares(n):
    total = 0
    i = 1
    while i <= n:
        total = total + i * i
        i = i + 1
    return total
''',
        "partly_wrong": '''def sum_of_squares(n):
    return int(n * (n + 1) * (2 * n + 1) / 6)
''',
    },
    {
        "id": "zh_is_perfect_square",
        "category": "math",
        "prompt": "编写函数 `is_perfect_square(n)`：判断整数 n 是否为完全平方数（0 和 1 都算，负数不算）。要求对很大的整数也给出精确结果，不要依赖浮点开方。",
        "entry_point": "is_perfect_square",
        "explanation": "math.isqrt 返回整数平方根的下取整，并且对任意大的整数都精确；只需检查它的平方是否等于 n。负数没有实数平方根，直接返回 False。",
        "solution": '''import math


def is_perfect_square(n: int) -> bool:
    if n < 0:
        return False
    root = math.isqrt(n)
    return root * root == n
''',
        "tests": [
            "assert is_perfect_square(0) is True",
            "assert is_perfect_square(16) is True",
            "assert is_perfect_square(15) is False",
            "assert is_perfect_square(-4) is False",
            "assert is_perfect_square(10**30 + 1) is False",
            "assert is_perfect_square((10**16 + 1) ** 2) is True",
        ],
        "poor_style": '''def is_perfect_square(n):
    if n < 0:
        return False
    lo = 0
    hi = n
    while lo <= hi:
        mid = (lo + hi) // 2
        if mid * mid == n:
            return True
        elif mid * mid < n:
            lo = mid + 1
        else:
            hi = mid - 1
    return False
''',
        "partly_wrong": '''def is_perfect_square(n):
    if n < 0:
        return False
    root = int(n ** 0.5)
    return root * root == n
''',
    },
    {
        "id": "zh_days_between_dates",
        "category": "math",
        "prompt": "编写函数 `days_between(date1, date2)`：两个参数都是 \"YYYY-MM-DD\" 格式的公历日期字符串，返回两者相差的天数（非负整数）。不要使用 datetime 等库，需要自己处理闰年。",
        "entry_point": "days_between",
        "explanation": "把每个日期换算成从公元 1 年 1 月 1 日起的天数：先累加之前各整年的天数（用闰年规则：能被 4 整除但不能被 100 整除，或能被 400 整除），再累加当年之前各月的天数，最后加上日。两个序号相减取绝对值即可。",
        "solution": '''MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _day_number(date: str) -> int:
    year, month, day = map(int, date.split("-"))
    previous_years = year - 1
    leap_days = previous_years // 4 - previous_years // 100 + previous_years // 400
    days = previous_years * 365 + leap_days
    days += sum(MONTH_DAYS[: month - 1])
    if month > 2 and _is_leap(year):
        days += 1
    return days + day


def days_between(date1: str, date2: str) -> int:
    return abs(_day_number(date1) - _day_number(date2))
''',
        "tests": [
            "assert days_between('2024-01-01', '2024-01-31') == 30",
            "assert days_between('2024-02-28', '2024-03-01') == 2",
            "assert days_between('2023-02-28', '2023-03-01') == 1",
            "assert days_between('2000-01-01', '1999-12-31') == 1",
            "assert days_between('1900-01-01', '2000-01-01') == 36524",
        ],
        "poor_style": '''def days_between(date1, date2):
    def leap(y):
        if y % 400 == 0:
            return True
        if y % 100 == 0:
            return False
        if y % 4 == 0:
            return True
        return False

    def count(d):
        parts = d.split("-")
        y = int(parts[0])
        m = int(parts[1])
        dd = int(parts[2])
        total = 0
        for yy in range(1, y):
            if leap(yy):
                total = total + 366
            else:
                total = total + 365
        for mm in range(1, m):
            if mm == 2:
                if leap(y):
                    total = total + 29
                else:
                    total = total + 28
            elif mm == 4 or mm == 6 or mm == 9 or mm == 11:
                total = total + 30
            else:
                total = total + 31
        return total + dd

    r = count(date1) - count(date2)
    if r < 0:
        r = -r
    return r
''',
        "partly_wrong": '''MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def day_number(date):
    year, month, day = map(int, date.split("-"))
    days = (year - 1) * 365 + (year - 1) // 4
    days += sum(MONTH_DAYS[: month - 1])
    if month > 2 and year % 4 == 0:
        days += 1
    return days + day


def days_between(date1, date2):
    return abs(day_number(date1) - day_number(date2))
''',
    },
    {
        "id": "zh_day_of_year",
        "category": "math",
        "prompt": "编写函数 `day_of_year(year, month, day)`：返回该公历日期是当年的第几天（1 月 1 日为第 1 天）。注意闰年的 2 月有 29 天，不要使用 datetime 库。",
        "entry_point": "day_of_year",
        "explanation": "把当年之前各个月的天数加起来再加上 day；闰年且月份在 2 月之后时多加一天。闰年规则是能被 4 整除且不能被 100 整除，或者能被 400 整除。",
        "solution": '''DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


def day_of_year(year: int, month: int, day: int) -> int:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return DAYS_BEFORE_MONTH[month - 1] + day + (1 if leap and month > 2 else 0)
''',
        "tests": [
            "assert day_of_year(2023, 1, 1) == 1",
            "assert day_of_year(2023, 3, 1) == 60",
            "assert day_of_year(2024, 3, 1) == 61",
            "assert day_of_year(2024, 12, 31) == 366",
            "assert day_of_year(1900, 12, 31) == 365",
        ],
        "poor_style": '''def day_of_year(year, month, day):
    months = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if (year % 4 == 0 and year % 100 != 0) or year % 400 == 0:
        months[1] = 29
    n = 0
    m = 1
    while m < month:
        n = n + months[m - 1]
        m = m + 1
    n = n + day
    return n
''',
        "partly_wrong": '''def day_of_year(year, month, day):
    months = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    if year % 4 == 0:
        months[1] = 29
    return sum(months[: month - 1]) + day
''',
    },
    {
        "id": "zh_tribonacci",
        "category": "dynamic_programming",
        "prompt": "编写函数 `tribonacci(n)`：泰波那契数列定义为 T(0)=0，T(1)=1，T(2)=1，之后每一项等于前三项之和。返回 T(n)，要求 O(n) 时间、O(1) 额外空间。",
        "entry_point": "tribonacci",
        "explanation": "自底向上递推，只保留最近三项：每一步把 (a, b, c) 更新为 (b, c, a + b + c)。这样避免了朴素递归的指数级重复计算，也不需要保存整个数组。",
        "solution": '''def tribonacci(n: int) -> int:
    a, b, c = 0, 1, 1
    for _ in range(n):
        a, b, c = b, c, a + b + c
    return a
''',
        "tests": [
            "assert tribonacci(0) == 0",
            "assert tribonacci(1) == 1",
            "assert tribonacci(2) == 1",
            "assert tribonacci(4) == 4",
            "assert tribonacci(25) == 1389537",
        ],
        "poor_style": '''def tribonacci(n):
    if n == 0:
        return 0
    if n == 1 or n == 2:
        return 1
    return tribonacci(n - 1) + tribonacci(n - 2) + tribonacci(n - 3)
''',
        "partly_wrong": '''def tribonacci(n):
    a, b, c = 0, 1, 1
    for _ in range(n - 1):
        a, b, c = b, c, a + b + c
    return b
''',
    },
    {
        "id": "zh_unique_paths_with_obstacles",
        "category": "dynamic_programming",
        "prompt": "编写函数 `paths_with_obstacles(grid)`：grid 是由 0 和 1 组成的二维列表，1 表示障碍。从左上角出发，每次只能向右或向下走一格，返回到达右下角的不同路径数。起点或终点是障碍时返回 0。",
        "entry_point": "paths_with_obstacles",
        "explanation": "用一维数组 ways 表示当前行每一列的路径数：障碍格置 0，否则等于上方（ways[j] 本身）加左方（ways[j-1]）。起点初始化为 1（若不是障碍），逐行滚动更新，空间 O(列数)。",
        "solution": '''def paths_with_obstacles(grid: list[list[int]]) -> int:
    if not grid or not grid[0]:
        return 0
    ways = [0] * len(grid[0])
    ways[0] = 1
    for row in grid:
        for j, cell in enumerate(row):
            if cell == 1:
                ways[j] = 0
            elif j > 0:
                ways[j] += ways[j - 1]
    return ways[-1]
''',
        "tests": [
            "assert paths_with_obstacles([[0, 0, 0], [0, 1, 0], [0, 0, 0]]) == 2",
            "assert paths_with_obstacles([[0, 0], [0, 0]]) == 2",
            "assert paths_with_obstacles([[1, 0], [0, 0]]) == 0",
            "assert paths_with_obstacles([[0, 1], [1, 0]]) == 0",
            "assert paths_with_obstacles([[0, 0, 0, 0]]) == 1",
        ],
        "poor_style": '''def paths_with_obstacles(grid):
    def walk(i, j):
        if i >= len(grid) or j >= len(grid[0]):
            return 0
        if grid[i][j] == 1:
            return 0
        if i == len(grid) - 1 and j == len(grid[0]) - 1:
            return 1
        return walk(i + 1, j) + walk(i, j + 1)
    return walk(0, 0)
''',
        "partly_wrong": '''def paths_with_obstacles(grid):
    rows, cols = len(grid), len(grid[0])
    ways = [[1] * cols for _ in range(rows)]
    for i in range(1, rows):
        for j in range(1, cols):
            ways[i][j] = 0 if grid[i][j] == 1 else ways[i - 1][j] + ways[i][j - 1]
    return ways[-1][-1]
''',
    },
    {
        "id": "zh_rod_cutting",
        "category": "dynamic_programming",
        "prompt": "钢条切割问题：编写函数 `rod_cutting(prices, n)`，prices[i] 表示长度为 i+1 的钢条售价。把长度为 n 的钢条切成若干整数长度的段（也可以不切）分别出售，返回能得到的最大总收入。假设 len(prices) >= n。",
        "entry_point": "rod_cutting",
        "explanation": "设 best[L] 为长度 L 的最大收入，枚举第一段的长度 k，best[L] = max(prices[k-1] + best[L-k])。从小到大填表，每个子问题只算一次，时间 O(n^2)。",
        "solution": '''def rod_cutting(prices: list[int], n: int) -> int:
    best = [0] * (n + 1)
    for length in range(1, n + 1):
        best[length] = max(prices[k - 1] + best[length - k] for k in range(1, length + 1))
    return best[n]
''',
        "tests": [
            "assert rod_cutting([1, 5, 8, 9, 10, 17, 17, 20], 4) == 10",
            "assert rod_cutting([1, 5, 8, 9, 10, 17, 17, 20], 8) == 22",
            "assert rod_cutting([3, 5, 8, 9], 4) == 12",
            "assert rod_cutting([2], 0) == 0",
        ],
        "poor_style": '''def rod_cutting(prices, n):
    if n == 0:
        return 0
    best = -1
    for k in range(1, n + 1):
        value = prices[k - 1] + rod_cutting(prices, n - k)
        if value > best:
            best = value
    return best
''',
        "partly_wrong": '''def rod_cutting(prices, n):
    if n == 0:
        return 0
    return max(prices[n - 1], max(prices[k - 1] + prices[n - k - 1] for k in range(1, n)) if n > 1 else 0)
''',
    },
    {
        "id": "zh_sort_students",
        "category": "sorting",
        "prompt": "编写函数 `sort_students(records)`：records 是 (姓名, 分数) 元组的列表。返回按分数从高到低排序的新列表；分数相同时按姓名的字典序从小到大排列。",
        "entry_point": "sort_students",
        "explanation": "sorted 的 key 返回 (-分数, 姓名)：分数取负数实现降序，姓名保持升序，一次排序就同时满足两个条件，而且不修改原列表。",
        "solution": '''def sort_students(records: list[tuple[str, int]]) -> list[tuple[str, int]]:
    return sorted(records, key=lambda record: (-record[1], record[0]))
''',
        "tests": [
            "assert sort_students([('bob', 90), ('amy', 95), ('cat', 90)]) == [('amy', 95), ('bob', 90), ('cat', 90)]",
            "assert sort_students([]) == []",
            "assert sort_students([('zed', 60), ('abe', 60)]) == [('abe', 60), ('zed', 60)]",
            "assert sort_students([('x', 1), ('y', 3), ('z', 2)]) == [('y', 3), ('z', 2), ('x', 1)]",
        ],
        "poor_style": '''def sort_students(records):
    a = list(records)
    for i in range(len(a)):
        for j in range(len(a) - 1):
            swap = False
            if a[j][1] < a[j + 1][1]:
                swap = True
            elif a[j][1] == a[j + 1][1] and a[j][0] > a[j + 1][0]:
                swap = True
            if swap:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
''',
        "partly_wrong": '''def sort_students(records):
    return sorted(records, key=lambda record: record[1], reverse=True)
''',
    },
    {
        "id": "zh_shell_sort",
        "category": "sorting",
        "prompt": "用Python实现希尔排序：编写函数 `shell_sort(nums)`，返回升序排列的新列表，不修改原列表。间隔序列从 n // 2 开始，每轮减半，直到间隔为 1。",
        "entry_point": "shell_sort",
        "explanation": "希尔排序是分组的插入排序：对每个间隔 gap，把相距 gap 的元素看成一组做插入排序。大间隔先让元素快速接近最终位置，最后 gap 为 1 时就是一次几乎有序数组上的插入排序。",
        "solution": '''def shell_sort(nums: list[int]) -> list[int]:
    arr = list(nums)
    gap = len(arr) // 2
    while gap > 0:
        for i in range(gap, len(arr)):
            value = arr[i]
            j = i
            while j >= gap and arr[j - gap] > value:
                arr[j] = arr[j - gap]
                j -= gap
            arr[j] = value
        gap //= 2
    return arr
''',
        "tests": [
            "assert shell_sort([9, 8, 3, 7, 5, 6, 4, 1]) == [1, 3, 4, 5, 6, 7, 8, 9]",
            "assert shell_sort([]) == []",
            "assert shell_sort([2, 1]) == [1, 2]",
            "assert shell_sort([3, -1, 3, 0]) == [-1, 0, 3, 3]",
        ],
        "poor_style": '''def shell_sort(nums):
    arr = []
    for x in nums:
        arr.append(x)
    gap = len(arr) // 2
    while gap >= 1:
        changed = True
        while changed:
            changed = False
            for i in range(0, len(arr) - gap):
                if arr[i] > arr[i + gap]:
                    tmp = arr[i]
                    arr[i] = arr[i + gap]
                    arr[i + gap] = tmp
                    changed = True
        gap = gap // 2
    return arr
''',
        "partly_wrong": '''def shell_sort(nums):
    arr = list(nums)
    gap = len(arr) // 2
    while gap > 1:
        for i in range(gap, len(arr)):
            value = arr[i]
            j = i
            while j >= gap and arr[j - gap] > value:
                arr[j] = arr[j - gap]
                j -= gap
            arr[j] = value
        gap //= 2
    return arr
''',
    },
    {
        "id": "zh_dense_rank",
        "category": "sorting",
        "prompt": "编写函数 `dense_rank(scores)`：返回与 scores 等长的列表，表示每个分数的“密集排名”：最高分排名为 1，分数相同排名相同，下一个不同的分数排名只加 1（不跳号）。例如 [90, 80, 90, 70] 的排名是 [1, 2, 1, 3]。",
        "entry_point": "dense_rank",
        "explanation": "先对去重后的分数降序排序，为每个不同的分数分配名次（从 1 开始连续递增），再用字典把每个原始分数映射到名次。去重保证了相同分数同名次且不跳号。",
        "solution": '''def dense_rank(scores: list[int]) -> list[int]:
    rank_of = {score: rank for rank, score in enumerate(sorted(set(scores), reverse=True), start=1)}
    return [rank_of[score] for score in scores]
''',
        "tests": [
            "assert dense_rank([90, 80, 90, 70]) == [1, 2, 1, 3]",
            "assert dense_rank([]) == []",
            "assert dense_rank([5, 5, 5]) == [1, 1, 1]",
            "assert dense_rank([1, 2, 3]) == [3, 2, 1]",
        ],
        "poor_style": '''def dense_rank(scores):
    result = []
    for s in scores:
        bigger = []
        for t in scores:
            if t > s and t not in bigger:
                bigger.append(t)
        result.append(len(bigger) + 1)
    return result
''',
        "partly_wrong": '''def dense_rank(scores):
    ordered = sorted(scores, reverse=True)
    return [ordered.index(score) + 1 for score in scores]
''',
    },
    {
        "id": "zh_row_with_most_ones",
        "category": "searching",
        "prompt": "编写函数 `row_with_most_ones(matrix)`：matrix 的每一行都由若干个 0 后接若干个 1 组成（已排序）。对每一行用二分查找定位第一个 1，返回 1 最多的行的下标；有多行并列时返回下标最小的一行；所有行都没有 1（或矩阵为空）时返回 -1。",
        "entry_point": "row_with_most_ones",
        "explanation": "每行已排序，bisect_left(row, 1) 就是第一个 1 的位置，该行 1 的个数等于 len(row) 减去它，每行只需 O(log m)。只有严格更多时才更新答案，这样并列时保留下标最小的行。",
        "solution": '''from bisect import bisect_left


def row_with_most_ones(matrix: list[list[int]]) -> int:
    best_row, best_count = -1, 0
    for index, row in enumerate(matrix):
        ones = len(row) - bisect_left(row, 1)
        if ones > best_count:
            best_row, best_count = index, ones
    return best_row
''',
        "tests": [
            "assert row_with_most_ones([[0, 0, 1], [0, 1, 1], [0, 0, 0]]) == 1",
            "assert row_with_most_ones([[0, 1], [0, 1]]) == 0",
            "assert row_with_most_ones([[0, 0], [0, 0]]) == -1",
            "assert row_with_most_ones([]) == -1",
            "assert row_with_most_ones([[0, 0, 0, 1], [1, 1, 1, 1]]) == 1",
        ],
        "poor_style": '''def row_with_most_ones(matrix):
    best = -1
    most = 0
    for i in range(len(matrix)):
        c = 0
        for x in matrix[i]:
            if x == 1:
                c = c + 1
        if c > most:
            most = c
            best = i
    return best
''',
        "partly_wrong": '''from bisect import bisect_left


def row_with_most_ones(matrix):
    best_row, best_count = -1, 0
    for index, row in enumerate(matrix):
        ones = len(row) - bisect_left(row, 1)
        if ones >= best_count:
            best_row, best_count = index, ones
    return best_row
''',
    },
    {
        "id": "zh_closest_value",
        "category": "searching",
        "prompt": "编写函数 `closest_value(nums, target)`：nums 是非空的升序整数列表，返回其中与 target 差的绝对值最小的元素；如果两个元素一样近，返回较小的那个。要求 O(log n) 时间。",
        "entry_point": "closest_value",
        "explanation": "用 bisect_left 找到 target 的插入位置 i，最接近的元素只可能是 nums[i-1] 或 nums[i]。比较两者与 target 的距离，相等时取左边较小的那个。",
        "solution": '''from bisect import bisect_left


def closest_value(nums: list[int], target: int) -> int:
    i = bisect_left(nums, target)
    candidates = nums[max(i - 1, 0): i + 1]
    return min(candidates, key=lambda value: (abs(value - target), value))
''',
        "tests": [
            "assert closest_value([1, 4, 6, 9], 5) == 4",
            "assert closest_value([1, 4, 6, 9], 8) == 9",
            "assert closest_value([1, 4, 6, 9], -3) == 1",
            "assert closest_value([1, 4, 6, 9], 100) == 9",
            "assert closest_value([2], 2) == 2",
        ],
        "poor_style": '''def closest_value(nums, target):
    best = nums[0]
    for x in nums:
        if abs(x - target) < abs(best - target):
            best = x
        elif abs(x - target) == abs(best - target):
            if x < best:
                best = x
    return best
''',
        "partly_wrong": '''from bisect import bisect_left


def closest_value(nums, target):
    i = bisect_left(nums, target)
    if i == len(nums):
        return nums[-1]
    return nums[i]
''',
    },
    {
        "id": "zh_find_all_indices",
        "category": "searching",
        "prompt": "编写函数 `find_all_indices(items, value)`：返回 value 在列表 items 中所有出现位置的下标列表（升序）；不存在时返回空列表。",
        "entry_point": "find_all_indices",
        "explanation": "用 enumerate 同时拿到下标和元素，列表推导收集所有等于 value 的下标，一次遍历完成，结果天然是升序。",
        "solution": '''def find_all_indices(items: list, value) -> list[int]:
    return [index for index, item in enumerate(items) if item == value]
''',
        "tests": [
            "assert find_all_indices([1, 2, 1, 3, 1], 1) == [0, 2, 4]",
            "assert find_all_indices([], 5) == []",
            "assert find_all_indices(['a', 'b'], 'c') == []",
            "assert find_all_indices(['x', 'x'], 'x') == [0, 1]",
        ],
        "poor_style": '''def find_all_indices(items, value):
    res = []
    start = 0
    while True:
        try:
            i = items.index(value, start)
        except ValueError:
            break
        res.append(i)
        start = i + 1
    return res
''',
        "partly_wrong": '''def find_all_indices(items, value):
    if value not in items:
        return []
    return [items.index(value)]
''',
    },
    {
        "id": "zh_sum_nested_list",
        "category": "recursion",
        "prompt": "编写递归函数 `sum_nested(items)`：items 是一个可以任意层嵌套的列表，元素要么是整数，要么是列表。返回所有整数之和，例如 [1, [2, [3, 4]], 5] 的结果是 15。",
        "entry_point": "sum_nested",
        "explanation": "遍历当前层：遇到列表就递归求它的和，遇到整数直接累加。递归的终止条件隐含在“整数不再展开”里，空列表的和为 0。",
        "solution": '''def sum_nested(items: list) -> int:
    return sum(sum_nested(item) if isinstance(item, list) else item for item in items)
''',
        "tests": [
            "assert sum_nested([1, [2, [3, 4]], 5]) == 15",
            "assert sum_nested([]) == 0",
            "assert sum_nested([[[]]]) == 0",
            "assert sum_nested([[1], [2, [3, [4, [5]]]]]) == 15",
        ],
        "poor_style": '''def sum_nested(items):
    total = 0
    i = 0
    while i < len(items):
        x = items[i]
        if type(x) == list:
            total = total + sum_nested(x)
        else:
            total = total + x
        i = i + 1
    return total
''',
        "partly_wrong": '''def sum_nested(items):
    total = 0
    for item in items:
        if isinstance(item, list):
            total += sum(x for x in item if not isinstance(x, list))
        else:
            total += item
    return total
''',
    },
    {
        "id": "zh_nesting_depth",
        "category": "recursion",
        "prompt": "编写递归函数 `nesting_depth(items)`：返回嵌套列表的最大深度。不含子列表的列表（包括空列表）深度为 1，例如 [1, [2, [3]]] 的深度为 3。",
        "entry_point": "nesting_depth",
        "explanation": "一个列表的深度等于 1 加上其子列表深度的最大值；没有子列表时，max 的 default=0 让结果为 1。递归自然地处理任意层嵌套。",
        "solution": '''def nesting_depth(items: list) -> int:
    return 1 + max((nesting_depth(item) for item in items if isinstance(item, list)), default=0)
''',
        "tests": [
            "assert nesting_depth([1, [2, [3]]]) == 3",
            "assert nesting_depth([]) == 1",
            "assert nesting_depth([1, 2, 3]) == 1",
            "assert nesting_depth([[], [[]], 1]) == 3",
        ],
        "poor_style": '''def nesting_depth(items):
    best = 0
    for x in items:
        if type(x) == list:
            d = nesting_depth(x)
            if d > best:
                best = d
    best = best + 1
    return best
''',
        "partly_wrong": '''def nesting_depth(items):
    for item in items:
        if isinstance(item, list):
            return 1 + nesting_depth(item)
    return 1
''',
    },
    {
        "id": "zh_binary_strings_no_adjacent_ones",
        "category": "recursion",
        "prompt": "编写函数 `no_adjacent_ones(n)`：用递归（回溯）生成所有长度为 n、不含两个相邻 '1' 的二进制字符串，按字典序升序返回列表。n 为 0 时返回 ['']。",
        "entry_point": "no_adjacent_ones",
        "explanation": "逐位构造字符串：任何时候都可以追加 '0'，只有当前缀为空或最后一位是 '0' 时才能追加 '1'。先尝试 '0' 再尝试 '1'，生成顺序就是字典序。",
        "solution": '''def no_adjacent_ones(n: int) -> list[str]:
    results: list[str] = []

    def extend(prefix: str) -> None:
        if len(prefix) == n:
            results.append(prefix)
            return
        extend(prefix + "0")
        if not prefix.endswith("1"):
            extend(prefix + "1")

    extend("")
    return results
''',
        "tests": [
            "assert no_adjacent_ones(0) == ['']",
            "assert no_adjacent_ones(1) == ['0', '1']",
            "assert no_adjacent_ones(3) == ['000', '001', '010', '100', '101']",
            "assert len(no_adjacent_ones(10)) == 144",
        ],
        "poor_style": '''def no_adjacent_ones(n):
    out = []
    for v in range(2 ** n):
        s = ""
        x = v
        for k in range(n):
            s = str(x % 2) + s
            x = x // 2
        if "11" in s:
            continue
        out.append(s)
    return out
''',
        "partly_wrong": '''def no_adjacent_ones(n):
    if n == 0:
        return [""]
    if n == 1:
        return ["0", "1"]
    return [s + "0" for s in no_adjacent_ones(n - 1)] + [s + "1" for s in no_adjacent_ones(n - 1) if not s.endswith("1")]
''',
    },
    {
        "id": "zh_count_digits_recursive",
        "category": "recursion",
        "prompt": "编写递归函数 `count_digit(n, d)`：统计非负整数 n 的十进制表示中数字 d（0 到 9）出现的次数。例如 count_digit(1231, 1) 返回 2。注意 count_digit(0, 0) 应返回 1。",
        "entry_point": "count_digit",
        "explanation": "每次用 n % 10 取最低位与 d 比较，再对 n // 10 递归。n 为个位数时就是终止条件，直接比较 n 与 d，这样 0 本身也被正确地当作一位数字 0。",
        "solution": '''def count_digit(n: int, d: int) -> int:
    if n < 10:
        return int(n == d)
    return int(n % 10 == d) + count_digit(n // 10, d)
''',
        "tests": [
            "assert count_digit(1231, 1) == 2",
            "assert count_digit(0, 0) == 1",
            "assert count_digit(1000, 0) == 3",
            "assert count_digit(987, 5) == 0",
        ],
        "poor_style": '''def count_digit(n, d):
    s = str(n)
    c = 0
    for i in range(len(s)):
        if s[i] == str(d):
            c = c + 1
    return c
''',
        "partly_wrong": '''def count_digit(n, d):
    if n == 0:
        return 0
    return int(n % 10 == d) + count_digit(n // 10, d)
''',
    },
    {
        "id": "zh_collapse_whitespace",
        "category": "string",
        "prompt": "编写函数 `collapse_whitespace(s)`：把字符串中连续的空白字符（空格、制表符、换行等）合并为一个空格，并去掉首尾空白。例如 \"  a \\t b\\n\\nc  \" 变为 \"a b c\"。",
        "entry_point": "collapse_whitespace",
        "explanation": "不带参数的 split() 会按任意长度的空白切分并丢弃首尾空白产生的空串，再用单个空格 join 回去，就同时完成了合并与去首尾。",
        "solution": '''def collapse_whitespace(s: str) -> str:
    return " ".join(s.split())
''',
        "tests": [
            "assert collapse_whitespace('  a \\t b\\n\\nc  ') == 'a b c'",
            "assert collapse_whitespace('') == ''",
            "assert collapse_whitespace('hello') == 'hello'",
            "assert collapse_whitespace('a    b') == 'a b'",
        ],
        "poor_style": '''def collapse_whitespace(s):
    out = ""
    prev_space = True
    for c in s:
        if c == " " or c == "\\t" or c == "\\n" or c == "\\r":
            if prev_space == False:
                out = out + " "
            prev_space = True
        else:
            out = out + c
            prev_space = False
    if len(out) > 0 and out[-1] == " ":
        out = out[:-1]
    return out
''',
        "partly_wrong": '''def collapse_whitespace(s):
    return s.strip().replace("  ", " ")
''',
    },
    {
        "id": "zh_interleave_strings",
        "category": "string",
        "prompt": "编写函数 `interleave_strings(a, b)`：从 a 开始，交替取 a 和 b 的字符拼成新字符串；当其中一个用完后，把另一个剩下的部分直接接在末尾。例如 (\"abc\", \"12345\") 得到 \"a1b2c345\"。",
        "entry_point": "interleave_strings",
        "explanation": "先对两者公共长度部分逐对拼接，再把较长字符串超出公共长度的尾部接上。切片越界时返回空串，所以不用判断谁更长。",
        "solution": '''def interleave_strings(a: str, b: str) -> str:
    common = min(len(a), len(b))
    paired = "".join(x + y for x, y in zip(a, b))
    return paired + a[common:] + b[common:]
''',
        "tests": [
            "assert interleave_strings('abc', '12345') == 'a1b2c345'",
            "assert interleave_strings('abcd', '12') == 'a1b2cd'",
            "assert interleave_strings('', 'xyz') == 'xyz'",
            "assert interleave_strings('ab', 'cd') == 'acbd'",
        ],
        "poor_style": '''def interleave_strings(a, b):
    r = ""
    i = 0
    while i < len(a) or i < len(b):
        if i < len(a):
            r = r + a[i]
        if i < len(b):
            r = r + b[i]
        i = i + 1
    return r
''',
        "partly_wrong": '''def interleave_strings(a, b):
    return "".join(x + y for x, y in zip(a, b))
''',
    },
    {
        "id": "zh_longest_char_run",
        "category": "string",
        "prompt": "编写函数 `longest_char_run(s)`：找出字符串中最长的由同一字符连续组成的片段，返回 (字符, 长度) 元组；长度相同时取最先出现的片段。空字符串返回 ('', 0)。",
        "entry_point": "longest_char_run",
        "explanation": "一次扫描，维护当前片段的字符和长度：字符与前一个相同则长度加一，否则重新从 1 开始；只有当前长度严格大于已知最长时才更新答案，这样并列时保留最先出现的片段。",
        "solution": '''def longest_char_run(s: str) -> tuple[str, int]:
    best_char, best_len = "", 0
    run_len = 0
    for i, ch in enumerate(s):
        run_len = run_len + 1 if i > 0 and s[i - 1] == ch else 1
        if run_len > best_len:
            best_char, best_len = ch, run_len
    return best_char, best_len
''',
        "tests": [
            "assert longest_char_run('aabbbcc') == ('b', 3)",
            "assert longest_char_run('') == ('', 0)",
            "assert longest_char_run('abc') == ('a', 1)",
            "assert longest_char_run('xxyyy') == ('y', 3)",
            "assert longest_char_run('zzaa') == ('z', 2)",
        ],
        "poor_style": '''def longest_char_run(s):
    best = ("", 0)
    for i in range(len(s)):
        j = i
        while j < len(s) and s[j] == s[i]:
            j = j + 1
        if j - i > best[1]:
            best = (s[i], j - i)
    return best
''',
        "partly_wrong": '''def longest_char_run(s):
    best_char, best_len = "", 0
    run_len = 0
    for i, ch in enumerate(s):
        run_len = run_len + 1 if i > 0 and s[i - 1] == ch else 1
        if run_len >= best_len:
            best_char, best_len = ch, run_len
    return best_char, best_len
''',
    },
    {
        "id": "zh_split_even_odd",
        "category": "array",
        "prompt": "编写函数 `split_even_odd(nums)`：返回元组 (evens, odds)，分别是 nums 中的偶数和奇数，各自保持原来的相对顺序。负数也按奇偶性正确分类。",
        "entry_point": "split_even_odd",
        "explanation": "Python 的 % 对负数也返回非负余数（-3 % 2 == 1），所以 x % 2 == 0 可以正确判断任意整数的奇偶。两个列表推导各遍历一次，保持原顺序。",
        "solution": '''def split_even_odd(nums: list[int]) -> tuple[list[int], list[int]]:
    evens = [x for x in nums if x % 2 == 0]
    odds = [x for x in nums if x % 2 != 0]
    return evens, odds
''',
        "tests": [
            "assert split_even_odd([1, 2, 3, 4]) == ([2, 4], [1, 3])",
            "assert split_even_odd([]) == ([], [])",
            "assert split_even_odd([-3, -2, 0]) == ([-2, 0], [-3])",
            "assert split_even_odd([4, 3, 2, 1]) == ([4, 2], [3, 1])",
        ],
        "poor_style": '''def split_even_odd(nums):
    e = []
    o = []
    for i in range(len(nums)):
        if nums[i] % 2 == 0:
            e = e + [nums[i]]
        else:
            o = o + [nums[i]]
    return (e, o)
''',
        "partly_wrong": '''def split_even_odd(nums):
    evens = sorted(x for x in nums if x % 2 == 0)
    odds = sorted(x for x in nums if x % 2 == 1)
    return evens, odds
''',
    },
    {
        "id": "zh_chunk_sums",
        "category": "array",
        "prompt": "编写函数 `chunk_sums(nums, k)`：把列表按顺序每 k 个元素分成一组（最后一组可以不足 k 个），返回每组元素之和组成的列表。k 为正整数。",
        "entry_point": "chunk_sums",
        "explanation": "用 range(0, len(nums), k) 得到每组的起始下标，对切片 nums[i:i+k] 求和。切片越界会自动截断，所以最后不足 k 个的一组也能正确处理。",
        "solution": '''def chunk_sums(nums: list[int], k: int) -> list[int]:
    return [sum(nums[i:i + k]) for i in range(0, len(nums), k)]
''',
        "tests": [
            "assert chunk_sums([1, 2, 3, 4, 5], 2) == [3, 7, 5]",
            "assert chunk_sums([], 3) == []",
            "assert chunk_sums([4, 4, 4], 3) == [12]",
            "assert chunk_sums([1, 2, 3], 1) == [1, 2, 3]",
        ],
        "poor_style": '''def chunk_sums(nums, k):
    result = []
    s = 0
    c = 0
    for x in nums:
        s = s + x
        c = c + 1
        if c == k:
            result.append(s)
            s = 0
            c = 0
    if c != 0:
        result.append(s)
    return result
''',
        "partly_wrong": '''def chunk_sums(nums, k):
    return [sum(nums[i:i + k]) for i in range(0, len(nums) - k + 1, k)]
''',
    },
    {
        "id": "zh_pairs_with_difference",
        "category": "array",
        "prompt": "编写函数 `pairs_with_difference(nums, k)`：统计满足 b - a == k 的不同数值对 (a, b) 的个数，其中 a 和 b 都取自 nums（k 为非负整数；k 为 0 时要求该数值至少出现两次）。相同的数值对只计一次。",
        "entry_point": "pairs_with_difference",
        "explanation": "用 Counter 统计每个数值的出现次数，只枚举不同的数值 a：k > 0 时检查 a + k 是否存在；k == 0 时检查 a 是否至少出现两次。按不同数值枚举天然保证每对只数一次，时间 O(n)。",
        "solution": '''from collections import Counter


def pairs_with_difference(nums: list[int], k: int) -> int:
    counts = Counter(nums)
    if k == 0:
        return sum(1 for count in counts.values() if count >= 2)
    return sum(1 for value in counts if value + k in counts)
''',
        "tests": [
            "assert pairs_with_difference([3, 1, 4, 1, 5], 2) == 2",
            "assert pairs_with_difference([1, 2, 3, 4, 5], 1) == 4",
            "assert pairs_with_difference([1, 3, 1, 5, 4], 0) == 1",
            "assert pairs_with_difference([], 1) == 0",
        ],
        "poor_style": '''def pairs_with_difference(nums, k):
    found = []
    for i in range(len(nums)):
        for j in range(len(nums)):
            if i != j and nums[j] - nums[i] == k:
                if (nums[i], nums[j]) not in found:
                    found.append((nums[i], nums[j]))
    return len(found)
''',
        "partly_wrong": '''def pairs_with_difference(nums, k):
    values = set(nums)
    return sum(1 for value in values if value + k in values)
''',
    },
    {
        "id": "zh_gcd_of_list",
        "category": "math",
        "prompt": "编写函数 `gcd_of_list(nums)`：返回一个非空正整数列表中所有数的最大公约数。要求自己用辗转相除法实现两数的最大公约数，不要调用 math.gcd。",
        "entry_point": "gcd_of_list",
        "explanation": "辗转相除法：gcd(a, b) = gcd(b, a % b)，直到 b 为 0 时 a 就是答案。多个数的最大公约数可以两两累积计算，用 functools.reduce 把列表折叠起来。",
        "solution": '''from functools import reduce


def _gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def gcd_of_list(nums: list[int]) -> int:
    return reduce(_gcd, nums)
''',
        "tests": [
            "assert gcd_of_list([12, 18, 24]) == 6",
            "assert gcd_of_list([7]) == 7",
            "assert gcd_of_list([5, 9]) == 1",
            "assert gcd_of_list([100, 75, 50]) == 25",
        ],
        "poor_style": '''def gcd_of_list(nums):
    smallest = nums[0]
    for x in nums:
        if x < smallest:
            smallest = x
    d = smallest
    while d > 1:
        ok = True
        for x in nums:
            if x % d != 0:
                ok = False
        if ok:
            return d
        d = d - 1
    return 1
''',
        "partly_wrong": '''def gcd_of_list(nums):
    a, b = nums[0], nums[-1]
    while b:
        a, b = b, a % b
    return a
''',
    },
    {
        "id": "zh_compound_interest",
        "category": "math",
        "prompt": "编写函数 `compound_amount(principal, annual_rate, years, times_per_year=1)`：按复利公式计算本息合计 principal × (1 + annual_rate / times_per_year) ^ (times_per_year × years)，结果四舍五入保留 2 位小数。annual_rate 用小数表示（如 0.05 表示 5%）。",
        "entry_point": "compound_amount",
        "explanation": "每个计息周期的利率是年利率除以每年计息次数，总周期数是次数乘以年数，直接套公式即可；最后用 round(..., 2) 保留两位小数。",
        "solution": '''def compound_amount(
    principal: float, annual_rate: float, years: int, times_per_year: int = 1
) -> float:
    periods = times_per_year * years
    return round(principal * (1 + annual_rate / times_per_year) ** periods, 2)
''',
        "tests": [
            "assert compound_amount(1000, 0.05, 2) == 1102.5",
            "assert compound_amount(1000, 0.12, 1, 12) == 1126.83",
            "assert compound_amount(500, 0.0, 10) == 500.0",
            "assert compound_amount(100, 0.1, 0) == 100.0",
        ],
        "poor_style": '''def compound_amount(principal, annual_rate, years, times_per_year=1):
    money = principal
    i = 0
    while i < years * times_per_year:
        money = money + money * (annual_rate / times_per_year)
        i = i + 1
    money = round(money, 2)
    return money
''',
        "partly_wrong": '''def compound_amount(principal, annual_rate, years, times_per_year=1):
    return round(principal * (1 + annual_rate) ** years, 2)
''',
    },
    {
        "id": "zh_are_amicable",
        "category": "math",
        "prompt": "编写函数 `are_amicable(a, b)`：判断两个不同的正整数是否为“亲和数”，即 a 的真因子（小于自身的正因子）之和等于 b，且 b 的真因子之和等于 a。a 与 b 相等时返回 False。",
        "entry_point": "are_amicable",
        "explanation": "求真因子和时只枚举到 √n：每找到一个因子 d 就同时加上配对因子 n // d（平方根只加一次），最后减去 n 本身。两个方向都要检查，并排除 a == b 的完全数情形。",
        "solution": '''def _proper_divisor_sum(n: int) -> int:
    total = 0
    d = 1
    while d * d <= n:
        if n % d == 0:
            total += d
            if d != n // d:
                total += n // d
        d += 1
    return total - n


def are_amicable(a: int, b: int) -> bool:
    return a != b and _proper_divisor_sum(a) == b and _proper_divisor_sum(b) == a
''',
        "tests": [
            "assert are_amicable(220, 284) is True",
            "assert are_amicable(284, 220) is True",
            "assert are_amicable(6, 6) is False",
            "assert are_amicable(220, 221) is False",
            "assert are_amicable(1184, 1210) is True",
        ],
        "poor_style": '''def are_amicable(a, b):
    if a == b:
        return False
    sa = 0
    for i in range(1, a):
        if a % i == 0:
            sa = sa + i
    sb = 0
    for i in range(1, b):
        if b % i == 0:
            sb = sb + i
    if sa == b and sb == a:
        return True
    else:
        return False
''',
        "partly_wrong": '''def are_amicable(a, b):
    def divisor_sum(n):
        return sum(d for d in range(1, n) if n % d == 0)
    return divisor_sum(a) == b and divisor_sum(b) == a
''',
    },
    {
        "id": "zh_longest_common_substring",
        "category": "dynamic_programming",
        "prompt": "编写函数 `longest_common_substring(a, b)`：返回两个字符串最长公共子串（必须连续）的长度。",
        "entry_point": "longest_common_substring",
        "explanation": "设 dp[i][j] 为以 a[i-1] 和 b[j-1] 结尾的公共子串长度：两字符相等时 dp[i][j] = dp[i-1][j-1] + 1，否则为 0。答案是表中的最大值。只依赖上一行，可以用一维数组滚动，时间 O(mn)。",
        "solution": '''def longest_common_substring(a: str, b: str) -> int:
    best = 0
    previous = [0] * (len(b) + 1)
    for ch_a in a:
        current = [0] * (len(b) + 1)
        for j, ch_b in enumerate(b, start=1):
            if ch_a == ch_b:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best
''',
        "tests": [
            "assert longest_common_substring('abcdef', 'zcdemf') == 3",
            "assert longest_common_substring('', 'abc') == 0",
            "assert longest_common_substring('abc', 'xyz') == 0",
            "assert longest_common_substring('aaaa', 'aa') == 2",
            "assert longest_common_substring('xabcy', 'abc') == 3",
        ],
        "poor_style": '''def longest_common_substring(a, b):
    best = 0
    for i in range(len(a)):
        for j in range(i + 1, len(a) + 1):
            piece = a[i:j]
            if piece in b:
                if len(piece) > best:
                    best = len(piece)
    return best
''',
        "partly_wrong": '''def longest_common_substring(a, b):
    previous = [0] * (len(b) + 1)
    for ch_a in a:
        current = [0] * (len(b) + 1)
        for j, ch_b in enumerate(b, start=1):
            if ch_a == ch_b:
                current[j] = previous[j - 1] + 1
            else:
                current[j] = max(previous[j], current[j - 1])
        previous = current
    return previous[-1]
''',
    },
    {
        "id": "zh_min_jumps",
        "category": "dynamic_programming",
        "prompt": "编写函数 `min_jumps(nums)`：nums[i] 表示从下标 i 最多可以向右跳几格。从下标 0 出发，返回到达最后一个下标所需的最少跳跃次数；无法到达时返回 -1。列表只有一个元素时返回 0。",
        "entry_point": "min_jumps",
        "explanation": "设 jumps[i] 为到达 i 的最少次数，从左到右推：对每个可达的 i，用 jumps[i] + 1 更新它能跳到的所有位置。到不了的位置保持为无穷大，最后一格仍是无穷大时返回 -1。",
        "solution": '''def min_jumps(nums: list[int]) -> int:
    unreachable = len(nums) + 1
    jumps = [0] + [unreachable] * (len(nums) - 1)
    for i, reach in enumerate(nums):
        if jumps[i] == unreachable:
            continue
        for j in range(i + 1, min(i + reach, len(nums) - 1) + 1):
            jumps[j] = min(jumps[j], jumps[i] + 1)
    return jumps[-1] if jumps[-1] != unreachable else -1
''',
        "tests": [
            "assert min_jumps([2, 3, 1, 1, 4]) == 2",
            "assert min_jumps([0]) == 0",
            "assert min_jumps([3, 2, 1, 0, 4]) == -1",
            "assert min_jumps([1, 1, 1, 1]) == 3",
        ],
        "poor_style": '''def min_jumps(nums):
    best = [-1]

    def go(i, used):
        if i >= len(nums) - 1:
            if best[0] == -1 or used < best[0]:
                best[0] = used
            return
        for step in range(1, nums[i] + 1):
            go(i + step, used + 1)

    go(0, 0)
    return best[0]
''',
        "partly_wrong": '''def min_jumps(nums):
    position, count = 0, 0
    while position < len(nums) - 1:
        if nums[position] == 0:
            return -1
        position += nums[position]
        count += 1
    return count
''',
    },
    {
        "id": "zh_integer_partitions",
        "category": "dynamic_programming",
        "prompt": "编写函数 `count_partitions(n)`：返回把正整数 n 写成若干正整数之和的方法数（不计顺序，例如 4 = 4 = 3+1 = 2+2 = 2+1+1 = 1+1+1+1，共 5 种）。约定 count_partitions(0) 为 1。",
        "entry_point": "count_partitions",
        "explanation": "这是完全背包计数：依次允许使用加数 1, 2, …, n，ways[s] += ways[s - part]。外层循环加数、内层循环和，保证同一组加数只按一种顺序计数，时间 O(n^2)。",
        "solution": '''def count_partitions(n: int) -> int:
    ways = [1] + [0] * n
    for part in range(1, n + 1):
        for total in range(part, n + 1):
            ways[total] += ways[total - part]
    return ways[n]
''',
        "tests": [
            "assert count_partitions(0) == 1",
            "assert count_partitions(4) == 5",
            "assert count_partitions(1) == 1",
            "assert count_partitions(10) == 42",
            "assert count_partitions(50) == 204226",
        ],
        "poor_style": '''def count_partitions(n):
    def helper(rest, largest):
        if rest == 0:
            return 1
        total = 0
        for p in range(1, largest + 1):
            if p <= rest:
                total = total + helper(rest - p, p)
        return total
    return helper(n, n)
''',
        "partly_wrong": '''def count_partitions(n):
    ways = [1] + [0] * n
    for total in range(1, n + 1):
        for part in range(1, total + 1):
            ways[total] += ways[total - part]
    return ways[n]
''',
    },
    {
        "id": "zh_sort_by_abs",
        "category": "sorting",
        "prompt": "编写函数 `sort_by_abs(nums)`：返回按绝对值从小到大排序的新列表；绝对值相同时负数排在正数前面。",
        "entry_point": "sort_by_abs",
        "explanation": "sorted 的 key 用元组 (abs(x), x)：先比较绝对值，绝对值相等时再比较原值，负数小于正数所以排在前面。",
        "solution": '''def sort_by_abs(nums: list[int]) -> list[int]:
    return sorted(nums, key=lambda x: (abs(x), x))
''',
        "tests": [
            "assert sort_by_abs([3, -1, 2, -2]) == [-1, -2, 2, 3]",
            "assert sort_by_abs([]) == []",
            "assert sort_by_abs([5, -5, 0]) == [0, -5, 5]",
            "assert sort_by_abs([-7, 1]) == [1, -7]",
        ],
        "poor_style": '''def sort_by_abs(nums):
    a = nums[:]
    for i in range(len(a)):
        for j in range(i + 1, len(a)):
            x = a[i]
            y = a[j]
            if abs(y) < abs(x) or (abs(y) == abs(x) and y < x):
                a[i] = y
                a[j] = x
    return a
''',
        "partly_wrong": '''def sort_by_abs(nums):
    return sorted(nums, key=abs)
''',
    },
    {
        "id": "zh_custom_alphabet_sort",
        "category": "sorting",
        "prompt": "编写函数 `custom_alphabet_sort(words, alphabet)`：alphabet 是 26 个小写字母的某种排列，表示一种新的字母顺序。把只含小写字母的单词列表 words 按这种字母顺序做字典序排序（前缀排在更长的单词前面），返回新列表。",
        "entry_point": "custom_alphabet_sort",
        "explanation": "先建立字母到名次的字典，再把每个单词映射成名次列表作为排序键。Python 比较列表时逐项比较、前缀较小，正好就是按新字母表的字典序。",
        "solution": '''def custom_alphabet_sort(words: list[str], alphabet: str) -> list[str]:
    rank = {letter: position for position, letter in enumerate(alphabet)}
    return sorted(words, key=lambda word: [rank[letter] for letter in word])
''',
        "tests": [
            "assert custom_alphabet_sort(['apple', 'banana', 'cherry'], 'zyxwvutsrqponmlkjihgfedcba') == ['cherry', 'banana', 'apple']",
            "assert custom_alphabet_sort(['ab', 'aa', 'a'], 'zyxwvutsrqponmlkjihgfedcba') == ['a', 'ab', 'aa']",
            "assert custom_alphabet_sort([], 'abcdefghijklmnopqrstuvwxyz') == []",
            "assert custom_alphabet_sort(['b', 'a', 'c'], 'abcdefghijklmnopqrstuvwxyz') == ['a', 'b', 'c']",
        ],
        "poor_style": '''def custom_alphabet_sort(words, alphabet):
    def less(x, y):
        i = 0
        while i < len(x) and i < len(y):
            if alphabet.index(x[i]) < alphabet.index(y[i]):
                return True
            if alphabet.index(x[i]) > alphabet.index(y[i]):
                return False
            i = i + 1
        return len(x) < len(y)
    a = list(words)
    for i in range(len(a)):
        for j in range(len(a) - 1):
            if less(a[j + 1], a[j]):
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
''',
        "partly_wrong": '''def custom_alphabet_sort(words, alphabet):
    return sorted(words, key=lambda word: alphabet.index(word[0]) if word else -1)
''',
    },
    {
        "id": "zh_sort_dates",
        "category": "sorting",
        "prompt": "编写函数 `sort_dates(dates)`：dates 是 \"DD/MM/YYYY\" 格式的日期字符串列表，返回按时间先后（从早到晚）排序的新列表。",
        "entry_point": "sort_dates",
        "explanation": "直接按字符串排序会先比较“日”，结果是错的。把每个日期拆开后用 (年, 月, 日) 的整数元组作为排序键，就能按真实的时间先后排序。",
        "solution": '''def sort_dates(dates: list[str]) -> list[str]:
    def key(date: str) -> tuple[int, int, int]:
        day, month, year = map(int, date.split("/"))
        return year, month, day

    return sorted(dates, key=key)
''',
        "tests": [
            "assert sort_dates(['02/01/2024', '15/12/2023', '01/02/2024']) == ['15/12/2023', '02/01/2024', '01/02/2024']",
            "assert sort_dates([]) == []",
            "assert sort_dates(['31/01/2020', '01/01/2020']) == ['01/01/2020', '31/01/2020']",
            "assert sort_dates(['01/03/2021', '01/03/2020']) == ['01/03/2020', '01/03/2021']",
        ],
        "poor_style": '''def sort_dates(dates):
    converted = []
    for d in dates:
        parts = d.split("/")
        converted.append(parts[2] + parts[1] + parts[0])
    converted.sort()
    result = []
    for c in converted:
        result.append(c[6:8] + "/" + c[4:6] + "/" + c[0:4])
    return result
''',
        "partly_wrong": '''def sort_dates(dates):
    return sorted(dates, key=lambda date: (date.split("/")[1], date.split("/")[0]))
''',
    },
    {
        "id": "zh_first_missing_positive",
        "category": "searching",
        "prompt": "编写函数 `first_missing_positive(nums)`：返回列表中没有出现的最小正整数。例如 [3, 4, -1, 1] 返回 2，[1, 2, 0] 返回 3。",
        "entry_point": "first_missing_positive",
        "explanation": "把所有元素放进集合，从 1 开始往上找第一个不在集合里的数。答案不超过 len(nums) + 1，所以最多检查 n + 1 个数，整体 O(n)。",
        "solution": '''def first_missing_positive(nums: list[int]) -> int:
    present = set(nums)
    candidate = 1
    while candidate in present:
        candidate += 1
    return candidate
''',
        "tests": [
            "assert first_missing_positive([3, 4, -1, 1]) == 2",
            "assert first_missing_positive([1, 2, 0]) == 3",
            "assert first_missing_positive([]) == 1",
            "assert first_missing_positive([7, 8, 9]) == 1",
        ],
        "poor_style": '''def first_missing_positive(nums):
    i = 1
    while True:
        found = False
        for x in nums:
            if x == i:
                found = True
        if found == False:
            return i
        i = i + 1
''',
        "partly_wrong": '''def first_missing_positive(nums):
    positives = sorted(x for x in nums if x > 0)
    if not positives:
        return 1
    return positives[-1] + 1
''',
    },
    {
        "id": "zh_find_repeated_number",
        "category": "searching",
        "prompt": "编写函数 `find_repeated_number(nums)`：列表长度为 n + 1，元素都在 1 到 n 之间，恰好有一个数值重复出现（可能出现多次）。要求不修改列表、只用 O(1) 额外空间，对数值区间做二分查找找出这个重复的数。",
        "entry_point": "find_repeated_number",
        "explanation": "对数值区间 [1, n] 二分：统计小于等于 mid 的元素个数，如果超过 mid，说明重复的数在 [lo, mid] 中，否则在 [mid+1, hi] 中（抽屉原理）。每轮计数 O(n)，共 O(log n) 轮。",
        "solution": '''def find_repeated_number(nums: list[int]) -> int:
    lo, hi = 1, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if sum(1 for x in nums if x <= mid) > mid:
            hi = mid
        else:
            lo = mid + 1
    return lo
''',
        "tests": [
            "assert find_repeated_number([1, 3, 4, 2, 2]) == 2",
            "assert find_repeated_number([3, 1, 3, 4, 2]) == 3",
            "assert find_repeated_number([1, 1]) == 1",
            "assert find_repeated_number([2, 2, 2, 2, 2]) == 2",
        ],
        "poor_style": '''def find_repeated_number(nums):
    for i in range(len(nums)):
        for j in range(len(nums)):
            if i != j and nums[i] == nums[j]:
                return nums[i]
''',
        "partly_wrong": '''def find_repeated_number(nums):
    n = len(nums) - 1
    return sum(nums) - n * (n + 1) // 2
''',
    },
    {
        "id": "zh_jump_search",
        "category": "searching",
        "prompt": "编写函数 `jump_search(nums, target)`：在升序列表 nums 中用跳跃查找（块大小取 ⌊√n⌋，至少为 1）寻找 target：先按块向前跳，直到块的最后一个元素不小于 target，再在该块内线性查找。找到返回下标，否则返回 -1。",
        "entry_point": "jump_search",
        "explanation": "按块跳跃时只比较每块的末元素，定位到可能包含 target 的块后再在块内逐个查找。块大小取 √n 时两步各约 √n 次比较，总体 O(√n)。",
        "solution": '''import math


def jump_search(nums: list[int], target: int) -> int:
    n = len(nums)
    step = max(1, math.isqrt(n))
    start = 0
    while start < n and nums[min(start + step, n) - 1] < target:
        start += step
    for i in range(start, min(start + step, n)):
        if nums[i] == target:
            return i
    return -1
''',
        "tests": [
            "assert jump_search([1, 3, 5, 7, 9, 11, 13], 11) == 5",
            "assert jump_search([1, 3, 5, 7, 9, 11, 13], 1) == 0",
            "assert jump_search([1, 3, 5, 7, 9, 11, 13], 13) == 6",
            "assert jump_search([1, 3, 5], 4) == -1",
            "assert jump_search([], 4) == -1",
        ],
        "poor_style": '''def jump_search(nums, target):
    for i in range(len(nums)):
        if nums[i] == target:
            return i
    return -1
''',
        "partly_wrong": '''import math


def jump_search(nums, target):
    n = len(nums)
    step = max(1, math.isqrt(n))
    start = 0
    while start + step < n and nums[start + step] < target:
        start += step
    for i in range(start, min(start + step, n)):
        if nums[i] == target:
            return i
    return -1
''',
    },
    {
        "id": "zh_reverse_list_recursive",
        "category": "recursion",
        "prompt": "编写递归函数 `reverse_recursive(items)`：不使用切片步长 [::-1]、reversed() 或 list.reverse()，用递归返回列表的逆序新列表。",
        "entry_point": "reverse_recursive",
        "explanation": "空列表的逆序是它自己；非空列表的逆序等于“除第一个元素外其余部分的逆序”再接上第一个元素。每层递归把问题规模减一。",
        "solution": '''def reverse_recursive(items: list) -> list:
    if not items:
        return []
    return reverse_recursive(items[1:]) + [items[0]]
''',
        "tests": [
            "assert reverse_recursive([1, 2, 3]) == [3, 2, 1]",
            "assert reverse_recursive([]) == []",
            "assert reverse_recursive(['a']) == ['a']",
            "assert reverse_recursive([1, 2, 2, 3]) == [3, 2, 2, 1]",
        ],
        "poor_style": '''def reverse_recursive(items):
    if len(items) == 0:
        return []
    if len(items) == 1:
        return [items[0]]
    last = items[len(items) - 1]
    rest = []
    for i in range(0, len(items) - 1):
        rest.append(items[i])
    return [last] + reverse_recursive(rest)
''',
        "partly_wrong": '''def reverse_recursive(items):
    if len(items) <= 1:
        return items
    return [items[-1]] + reverse_recursive(items[1:-1])
''',
    },
    {
        "id": "zh_is_palindrome_recursive",
        "category": "recursion",
        "prompt": "编写递归函数 `is_palindrome_recursive(s)`：判断字符串是否为回文（区分大小写、不忽略任何字符）。要求用递归比较首尾字符。",
        "entry_point": "is_palindrome_recursive",
        "explanation": "长度不超过 1 的字符串一定是回文；否则首尾字符必须相等，并且去掉首尾后的中间部分也是回文。每层递归长度减二。",
        "solution": '''def is_palindrome_recursive(s: str) -> bool:
    if len(s) <= 1:
        return True
    return s[0] == s[-1] and is_palindrome_recursive(s[1:-1])
''',
        "tests": [
            "assert is_palindrome_recursive('racecar') is True",
            "assert is_palindrome_recursive('') is True",
            "assert is_palindrome_recursive('ab') is False",
            "assert is_palindrome_recursive('abca') is False",
            "assert is_palindrome_recursive('Aa') is False",
        ],
        "poor_style": '''def is_palindrome_recursive(s):
    if len(s) == 0:
        return True
    if len(s) == 1:
        return True
    if s[0] != s[len(s) - 1]:
        return False
    else:
        return is_palindrome_recursive(s[1:len(s) - 1])
''',
        "partly_wrong": '''def is_palindrome_recursive(s):
    if len(s) <= 1:
        return True
    return s[0].lower() == s[-1].lower() and is_palindrome_recursive(s[1:-2])
''',
    },
    {
        "id": "zh_flood_fill",
        "category": "recursion",
        "prompt": "编写递归函数 `flood_fill(grid, row, col, color)`：grid 是整数二维列表，把从 (row, col) 出发、上下左右四个方向相连且与起点颜色相同的所有格子改成 color，返回新的网格，不修改原网格。斜向相邻的格子不算相连。",
        "entry_point": "flood_fill",
        "explanation": "先复制网格，再从起点递归地向四个方向扩散：越界、颜色不等于原色的格子停止。新颜色与原色相同时直接返回副本，否则已填的格子仍等于原色，递归会无限进行。",
        "solution": '''def flood_fill(grid: list[list[int]], row: int, col: int, color: int) -> list[list[int]]:
    filled = [list(line) for line in grid]
    original = filled[row][col]
    if original == color:
        return filled

    def fill(r: int, c: int) -> None:
        if not (0 <= r < len(filled) and 0 <= c < len(filled[r])) or filled[r][c] != original:
            return
        filled[r][c] = color
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            fill(r + dr, c + dc)

    fill(row, col)
    return filled
''',
        "tests": [
            "assert flood_fill([[1, 1, 0], [1, 0, 0], [0, 0, 1]], 0, 0, 5) == [[5, 5, 0], [5, 0, 0], [0, 0, 1]]",
            "assert flood_fill([[1, 0], [0, 1]], 0, 0, 7) == [[7, 0], [0, 1]]",
            "assert flood_fill([[2, 2], [2, 2]], 1, 1, 2) == [[2, 2], [2, 2]]",
            "assert flood_fill([[0, 0, 0]], 0, 2, 3) == [[3, 3, 3]]",
        ],
        "poor_style": '''def flood_fill(grid, row, col, color):
    g = []
    for line in grid:
        g.append(line[:])
    old = g[row][col]
    if old == color:
        return g
    todo = [(row, col)]
    while len(todo) > 0:
        r, c = todo.pop()
        if r < 0 or c < 0 or r >= len(g) or c >= len(g[0]):
            continue
        if g[r][c] != old:
            continue
        g[r][c] = color
        todo.append((r + 1, c))
        todo.append((r - 1, c))
        todo.append((r, c + 1))
        todo.append((r, c - 1))
    return g
''',
        "partly_wrong": '''def flood_fill(grid, row, col, color):
    filled = [list(line) for line in grid]
    original = filled[row][col]
    if original == color:
        return filled

    def fill(r, c):
        if not (0 <= r < len(filled) and 0 <= c < len(filled[r])) or filled[r][c] != original:
            return
        filled[r][c] = color
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                fill(r + dr, c + dc)

    fill(row, col)
    return filled
''',
    },
    {
        "id": "zh_sort_by_digit_sum",
        "category": "sorting",
        "prompt": "编写函数 `sort_by_digit_sum(nums)`：把非负整数列表按各位数字之和从小到大排序，数字和相同时按数值本身从小到大排序，返回新列表。",
        "entry_point": "sort_by_digit_sum",
        "explanation": "排序键用元组 (数字和, 数值)：先比较数字和，相同时再比较数值，一次 sorted 就满足两级排序。数字和通过把整数转成字符串逐位相加得到。",
        "solution": '''def sort_by_digit_sum(nums: list[int]) -> list[int]:
    return sorted(nums, key=lambda n: (sum(int(digit) for digit in str(n)), n))
''',
        "tests": [
            "assert sort_by_digit_sum([19, 2, 11, 30]) == [2, 11, 30, 19]",
            "assert sort_by_digit_sum([]) == []",
            "assert sort_by_digit_sum([40, 13, 4, 22]) == [4, 13, 22, 40]",
            "assert sort_by_digit_sum([0, 100, 10]) == [0, 10, 100]",
        ],
        "poor_style": '''def sort_by_digit_sum(nums):
    def ds(n):
        s = 0
        while n > 0:
            s = s + n % 10
            n = n // 10
        return s
    a = list(nums)
    for i in range(len(a)):
        for j in range(len(a) - 1):
            if ds(a[j]) > ds(a[j + 1]) or (ds(a[j]) == ds(a[j + 1]) and a[j] > a[j + 1]):
                a[j], a[j + 1] = a[j + 1], a[j]
    return a
''',
        "partly_wrong": '''def sort_by_digit_sum(nums):
    return sorted(nums, key=lambda n: sum(int(digit) for digit in str(n)))
''',
    },
    {
        "id": "zh_is_isogram",
        "category": "string",
        "prompt": "编写函数 `is_isogram(word)`：判断一个英文单词或短语是否为“无重复字母词”，即每个字母最多出现一次。比较时不区分大小写，空格和连字符 '-' 可以重复出现、不计入判断。",
        "entry_point": "is_isogram",
        "explanation": "先统一转为小写并只保留字母，再比较字母个数与去重后集合的大小：两者相等说明没有重复字母。忽略空格和连字符是因为它们不是字母。",
        "solution": '''def is_isogram(word: str) -> bool:
    letters = [ch for ch in word.lower() if ch.isalpha()]
    return len(letters) == len(set(letters))
''',
        "tests": [
            "assert is_isogram('lumberjacks') is True",
            "assert is_isogram('Alphabet') is False",
            "assert is_isogram('six-year-old') is True",
            "assert is_isogram('') is True",
            "assert is_isogram('Emily Jung Schwartzkopf') is True",
        ],
        "poor_style": '''def is_isogram(word):
    w = word.lower()
    for i in range(len(w)):
        for j in range(i + 1, len(w)):
            if w[i] == w[j] and w[i] != " " and w[i] != "-":
                return False
    return True
''',
        "partly_wrong": '''def is_isogram(word):
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) == len(set(letters))
''',
    },
    {
        "id": "zh_missing_in_progression",
        "category": "searching",
        "prompt": "编写函数 `missing_in_progression(nums)`：nums 是一个等差数列去掉了中间某一项后的结果（长度至少为 3，首尾两项都在），用二分查找在 O(log n) 时间内找出缺失的那一项。公差可以为负数。",
        "entry_point": "missing_in_progression",
        "explanation": "完整数列有 len(nums) + 1 项，公差 step = (末项 - 首项) / len(nums)。缺失位置之前满足 nums[i] == 首项 + i * step，之后不满足，因此可以二分找到第一个不满足的位置 i，缺失值就是首项 + i * step。",
        "solution": '''def missing_in_progression(nums: list[int]) -> int:
    step = (nums[-1] - nums[0]) // len(nums)
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] == nums[0] + mid * step:
            lo = mid + 1
        else:
            hi = mid
    return nums[0] + lo * step
''',
        "tests": [
            "assert missing_in_progression([1, 3, 7, 9]) == 5",
            "assert missing_in_progression([10, 20, 40]) == 30",
            "assert missing_in_progression([5, 4, 2, 1]) == 3",
            "assert missing_in_progression([2, 5, 8, 14, 17]) == 11",
            "assert missing_in_progression([1, 5, 7, 9]) == 3",
        ],
        "poor_style": '''def missing_in_progression(nums):
    step = (nums[len(nums) - 1] - nums[0]) // len(nums)
    expected = nums[0]
    for x in nums:
        if x != expected:
            return expected
        expected = expected + step
''',
        "partly_wrong": '''def missing_in_progression(nums):
    step = nums[1] - nums[0]
    for i in range(1, len(nums)):
        if nums[i] - nums[i - 1] != step:
            return nums[i - 1] + step
    return nums[-1] + step
''',
    },
    {
        "id": "zh_is_harshad",
        "category": "math",
        "prompt": "编写函数 `is_harshad(n)`：判断正整数 n 是否为“哈沙德数”，即 n 能被它各位数字之和整除。例如 18 的数字和为 9，18 能被 9 整除，所以是哈沙德数。",
        "entry_point": "is_harshad",
        "explanation": "用 divmod 逐位取出数字求和，再判断 n 能否被这个和整除。正整数的数字和至少为 1，不会出现除以零。",
        "solution": '''def is_harshad(n: int) -> bool:
    digit_total, rest = 0, n
    while rest:
        rest, digit = divmod(rest, 10)
        digit_total += digit
    return n % digit_total == 0
''',
        "tests": [
            "assert is_harshad(18) is True",
            "assert is_harshad(19) is False",
            "assert is_harshad(1) is True",
            "assert is_harshad(1729) is True",
            "assert is_harshad(11) is False",
        ],
        "poor_style": '''def is_harshad(n):
    s = str(n)
    total = 0
    for i in range(len(s)):
        total = total + int(s[i])
    if n % total == 0:
        return True
    else:
        return False
''',
        "partly_wrong": '''def is_harshad(n):
    digits = [int(d) for d in str(n)]
    return n % len(digits) == 0
''',
    },
    {
        "id": "zh_largest_square_area",
        "category": "dynamic_programming",
        "prompt": "编写函数 `largest_square_area(matrix)`：matrix 是由 0 和 1 组成的二维列表，返回只包含 1 的最大正方形的面积。空矩阵返回 0。",
        "entry_point": "largest_square_area",
        "explanation": "设 side[i][j] 为以 (i, j) 为右下角的全 1 正方形的最大边长：该格为 1 时，等于左、上、左上三个位置边长的最小值加一。遍历过程中记录最大边长，答案是它的平方。",
        "solution": '''def largest_square_area(matrix: list[list[int]]) -> int:
    if not matrix or not matrix[0]:
        return 0
    cols = len(matrix[0])
    previous = [0] * (cols + 1)
    best = 0
    for row in matrix:
        current = [0] * (cols + 1)
        for j, cell in enumerate(row, start=1):
            if cell == 1:
                current[j] = 1 + min(previous[j], current[j - 1], previous[j - 1])
                best = max(best, current[j])
        previous = current
    return best * best
''',
        "tests": [
            "assert largest_square_area([[1, 0, 1, 0, 0], [1, 0, 1, 1, 1], [1, 1, 1, 1, 1], [1, 0, 0, 1, 0]]) == 4",
            "assert largest_square_area([]) == 0",
            "assert largest_square_area([[0, 0], [0, 0]]) == 0",
            "assert largest_square_area([[1, 1], [1, 1]]) == 4",
            "assert largest_square_area([[1, 1, 1, 1]]) == 1",
        ],
        "poor_style": '''def largest_square_area(matrix):
    best = 0
    rows = len(matrix)
    if rows == 0:
        return 0
    cols = len(matrix[0])
    for i in range(rows):
        for j in range(cols):
            size = 1
            while i + size <= rows and j + size <= cols:
                ok = True
                for a in range(i, i + size):
                    for b in range(j, j + size):
                        if matrix[a][b] != 1:
                            ok = False
                if ok:
                    if size * size > best:
                        best = size * size
                    size = size + 1
                else:
                    break
    return best
''',
        "partly_wrong": '''def largest_square_area(matrix):
    best = 0
    for row in matrix:
        run = 0
        for cell in row:
            run = run + 1 if cell == 1 else 0
            best = max(best, min(run, len(matrix)))
    return best * best
''',
    },
    {
        "id": "zh_count_subsets_with_sum",
        "category": "recursion",
        "prompt": "编写递归函数 `count_subsets_with_sum(nums, target)`：nums 是正整数列表，返回和恰好等于 target 的子集个数（按位置区分元素，值相同但位置不同的元素算不同的选择）。空集的和为 0。",
        "entry_point": "count_subsets_with_sum",
        "explanation": "对每个位置做“选或不选”两种递归：剩余目标为 0 时找到一个子集；走到列表末尾或剩余目标为负时返回 0。因为元素都是正数，剩余为负后可以立即剪枝。",
        "solution": '''def count_subsets_with_sum(nums: list[int], target: int) -> int:
    def count(index: int, remaining: int) -> int:
        if remaining == 0:
            return 1
        if index == len(nums) or remaining < 0:
            return 0
        return count(index + 1, remaining - nums[index]) + count(index + 1, remaining)

    return count(0, target)
''',
        "tests": [
            "assert count_subsets_with_sum([1, 2, 3], 3) == 2",
            "assert count_subsets_with_sum([1, 1, 1], 2) == 3",
            "assert count_subsets_with_sum([5, 1], 5) == 1",
            "assert count_subsets_with_sum([1, 2], 5) == 0",
            "assert count_subsets_with_sum([], 0) == 1",
        ],
        "poor_style": '''def count_subsets_with_sum(nums, target):
    n = len(nums)
    c = 0
    for mask in range(2 ** n):
        s = 0
        for i in range(n):
            if (mask >> i) & 1 == 1:
                s = s + nums[i]
        if s == target:
            c = c + 1
    return c
''',
        "partly_wrong": '''def count_subsets_with_sum(nums, target):
    def count(index, remaining):
        if index == len(nums):
            return 0
        if remaining == 0:
            return 1
        if remaining < 0:
            return 0
        return count(index + 1, remaining - nums[index]) + count(index + 1, remaining)

    return count(0, target)
''',
    },
]
