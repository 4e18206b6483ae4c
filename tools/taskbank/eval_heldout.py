"""Held-out evaluation tasks, written for this project (never used for SFT, RM or PPO).

Half the prompts are Chinese, half English. The problems are deliberately unlike the training banks
(``train_zh.py``, ``train_en.py``): checksums and validation rules, small simulations, scheduling,
game scoring, text statistics and geometry on integer points. ``tools/build_data.py`` turns them into
``eval_problems.jsonl``; ``python -m rlhf_code.datacheck`` checks there is no overlap with training.

Each task: ``id``, ``task_id`` (``heldout/N``), ``category``, ``prompt``, ``entry_point``,
``explanation``, ``solution`` and ``tests`` (single-line ``assert call == literal`` strings).
"""

from __future__ import annotations

from itertools import chain, zip_longest


def _task(slug: str, category: str, entry_point: str, prompt: str, explanation: str,
          solution: str, tests: list[str]) -> dict:
    return {"id": f"heldout_{slug}", "category": category, "prompt": prompt, "entry_point": entry_point,
            "explanation": explanation, "solution": solution, "tests": tests}


_ENGLISH = [
    _task(
        "bowling", "game scoring", "bowling_score",
        "Write a Python function `bowling_score(rolls: list[int]) -> int` that returns the total score of a "
        "complete ten-pin bowling game given the number of pins knocked down by each roll. A strike adds the "
        "next two rolls as a bonus, a spare adds the next roll, and the tenth frame's bonus rolls are included "
        "in `rolls`.",
        "Walk through the ten frames with an index into the rolls: a strike uses one roll and takes the next "
        "two as bonus, a spare uses two rolls and takes one bonus roll, an open frame just adds its two rolls.",
        """\
def bowling_score(rolls: list[int]) -> int:
    total = 0
    i = 0
    for _ in range(10):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            i += 2
    return total
""",
        [
            "assert bowling_score([10] * 12) == 300",
            "assert bowling_score([0] * 20) == 0",
            "assert bowling_score([5] * 21) == 150",
            "assert bowling_score([10, 3, 4] + [0] * 16) == 24",
            "assert bowling_score([9, 1, 9, 0] + [0] * 16) == 28",
        ],
    ),
    _task(
        "isbn10", "validation", "isbn10_valid",
        "Implement `isbn10_valid(code: str) -> bool` in Python. Hyphens are ignored; what remains must be "
        "nine digits followed by a digit or the letter 'X' (worth 10). The code is valid when the sum of each "
        "value multiplied by its weight (10 for the first character down to 1 for the last) is divisible by 11.",
        "Strip the hyphens, check the shape (nine digits plus a digit or X), then compute the weighted sum "
        "and test it modulo 11.",
        """\
def isbn10_valid(code: str) -> bool:
    chars = code.replace("-", "")
    if len(chars) != 10 or not chars[:9].isdigit():
        return False
    last = chars[9]
    if last == "X":
        values = [int(c) for c in chars[:9]] + [10]
    elif last.isdigit():
        values = [int(c) for c in chars]
    else:
        return False
    total = sum(weight * value for weight, value in zip(range(10, 0, -1), values))
    return total % 11 == 0
""",
        [
            'assert isbn10_valid("3-598-21508-8") == True',
            'assert isbn10_valid("3-598-21508-9") == False',
            'assert isbn10_valid("3-598-21507-X") == True',
            'assert isbn10_valid("3-598-2X507-9") == False',
            'assert isbn10_valid("359821507") == False',
        ],
    ),
    _task(
        "ean13", "validation", "ean13_check_digit",
        "Write `ean13_check_digit(first12: str) -> int` in Python: given the first twelve digits of an EAN-13 "
        "barcode, return the check digit. Digits in odd positions (1st, 3rd, ...) have weight 1 and digits in "
        "even positions weight 3; the check digit brings the weighted sum up to a multiple of 10.",
        "Sum the digits with alternating weights 1 and 3, then take the distance to the next multiple of ten "
        "(0 when the sum already is one).",
        """\
def ean13_check_digit(first12: str) -> int:
    total = sum(int(digit) * (3 if i % 2 else 1) for i, digit in enumerate(first12))
    return (10 - total % 10) % 10
""",
        [
            'assert ean13_check_digit("400638133393") == 1',
            'assert ean13_check_digit("000000000000") == 0',
            'assert ean13_check_digit("123456789012") == 8',
        ],
    ),
    _task(
        "mod97", "validation", "mod97_valid",
        "Write a Python function `mod97_valid(account: str) -> bool` that validates an international bank "
        "account number: remove spaces and uppercase it, move the first four characters to the end, replace "
        "each letter by two digits (A=10, B=11, ..., Z=35) and accept the number when its remainder modulo 97 "
        "is 1. Strings with characters other than letters, digits and spaces, or shorter than 5 characters "
        "after removing spaces, are invalid.",
        "Normalise the text, rotate the country code and check digits to the end, expand letters to numbers "
        "with `int(ch, 36)` and let Python's big integers do the modulo.",
        """\
def mod97_valid(account: str) -> bool:
    chars = account.replace(" ", "").upper()
    if len(chars) < 5 or not chars.isascii() or not chars.isalnum():
        return False
    rotated = chars[4:] + chars[:4]
    digits = "".join(str(int(ch, 36)) for ch in rotated)
    return int(digits) % 97 == 1
""",
        [
            'assert mod97_valid("GB82 WEST 1234 5698 7654 32") == True',
            'assert mod97_valid("GB82 WEST 1234 5698 7654 33") == False',
            'assert mod97_valid("DE89 3704 0044 0532 0130 00") == True',
            'assert mod97_valid("DE89-3704") == False',
            'assert mod97_valid("GB82") == False',
        ],
    ),
    _task(
        "segment_lattice", "geometry", "lattice_points_on_segment",
        "Write `lattice_points_on_segment(x1: int, y1: int, x2: int, y2: int) -> int` in Python that counts "
        "the points with integer coordinates lying on the segment from (x1, y1) to (x2, y2), both ends "
        "included.",
        "Between consecutive lattice points the segment advances by (dx/g, dy/g) where g is the gcd of the "
        "absolute differences, so there are g + 1 points.",
        """\
from math import gcd


def lattice_points_on_segment(x1: int, y1: int, x2: int, y2: int) -> int:
    return gcd(abs(x2 - x1), abs(y2 - y1)) + 1
""",
        [
            "assert lattice_points_on_segment(0, 0, 4, 6) == 3",
            "assert lattice_points_on_segment(0, 0, 0, 0) == 1",
            "assert lattice_points_on_segment(1, 1, 5, 1) == 5",
            "assert lattice_points_on_segment(-3, -3, 3, 3) == 7",
        ],
    ),
    _task(
        "double_area", "geometry", "polygon_double_area",
        "Implement `polygon_double_area(points: list[tuple[int, int]]) -> int` in Python: return twice the "
        "area of the simple polygon whose vertices are given in order (clockwise or counter-clockwise). The "
        "result is an integer because the vertices have integer coordinates.",
        "The shoelace formula sums the cross products of consecutive vertices; its absolute value is exactly "
        "twice the area, so no division (and no float) is needed.",
        """\
def polygon_double_area(points: list[tuple[int, int]]) -> int:
    total = 0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        total += x1 * y2 - x2 * y1
    return abs(total)
""",
        [
            "assert polygon_double_area([(0, 0), (4, 0), (4, 3)]) == 12",
            "assert polygon_double_area([(0, 0), (2, 0), (2, 2), (0, 2)]) == 8",
            "assert polygon_double_area([(0, 0), (0, 2), (2, 2), (2, 0)]) == 8",
            "assert polygon_double_area([(0, 0), (1, 1), (2, 2)]) == 0",
        ],
    ),
    _task(
        "circle_lattice", "geometry", "circle_lattice_count",
        "Write a Python function `circle_lattice_count(r: int) -> int` returning how many points (x, y) with "
        "integer coordinates satisfy x*x + y*y <= r*r.",
        "For each integer x in [-r, r] the valid y values form the range |y| <= isqrt(r*r - x*x), which "
        "gives 2*isqrt(...) + 1 points per column.",
        """\
from math import isqrt


def circle_lattice_count(r: int) -> int:
    return sum(2 * isqrt(r * r - x * x) + 1 for x in range(-r, r + 1))
""",
        [
            "assert circle_lattice_count(0) == 1",
            "assert circle_lattice_count(1) == 5",
            "assert circle_lattice_count(2) == 13",
            "assert circle_lattice_count(3) == 29",
        ],
    ),
    _task(
        "knight", "geometry", "knight_move_count",
        "Write `knight_move_count(square: str) -> int` in Python: given a chessboard square in algebraic "
        "notation such as \"b1\", return how many squares a knight standing there can move to without "
        "leaving the 8x8 board.",
        "Convert the square to column and row numbers and count the eight L-shaped jumps that stay inside "
        "0..7 on both axes.",
        """\
JUMPS = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]


def knight_move_count(square: str) -> int:
    col = ord(square[0]) - ord("a")
    row = int(square[1]) - 1
    return sum(0 <= col + dc < 8 and 0 <= row + dr < 8 for dc, dr in JUMPS)
""",
        [
            'assert knight_move_count("a1") == 2',
            'assert knight_move_count("b1") == 3',
            'assert knight_move_count("d4") == 8',
            'assert knight_move_count("h8") == 2',
            'assert knight_move_count("a2") == 3',
        ],
    ),
    _task(
        "queens", "geometry", "queens_can_attack",
        "Write a Python function `queens_can_attack(a: tuple[int, int], b: tuple[int, int]) -> bool` where "
        "`a` and `b` are the (row, column) positions of two queens on an empty chessboard. Return True when "
        "they share a row, a column or a diagonal.",
        "Two queens attack each other when the row or column difference is zero or when both differences "
        "have the same absolute value (a diagonal).",
        """\
def queens_can_attack(a: tuple[int, int], b: tuple[int, int]) -> bool:
    d_row = abs(a[0] - b[0])
    d_col = abs(a[1] - b[1])
    return d_row == 0 or d_col == 0 or d_row == d_col
""",
        [
            "assert queens_can_attack((2, 3), (5, 6)) == True",
            "assert queens_can_attack((0, 0), (7, 1)) == False",
            "assert queens_can_attack((4, 4), (4, 0)) == True",
            "assert queens_can_attack((1, 5), (6, 0)) == True",
            "assert queens_can_attack((1, 1), (2, 3)) == False",
        ],
    ),
    _task(
        "overlap_area", "geometry", "overlap_area",
        "Write `overlap_area(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> int` in Python. "
        "Each rectangle is (x1, y1, x2, y2) with x1 < x2 and y1 < y2, sides parallel to the axes. Return the "
        "area they share (0 when they only touch or are apart).",
        "The overlap on each axis is the shorter end minus the larger start, clamped at zero; the area is "
        "the product of the two overlaps.",
        """\
def overlap_area(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> int:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return max(width, 0) * max(height, 0)
""",
        [
            "assert overlap_area((0, 0, 4, 4), (2, 2, 6, 6)) == 4",
            "assert overlap_area((0, 0, 2, 2), (2, 0, 4, 2)) == 0",
            "assert overlap_area((0, 0, 10, 10), (3, 3, 5, 7)) == 8",
            "assert overlap_area((-2, -2, 1, 1), (0, -5, 3, 0)) == 2",
            "assert overlap_area((0, 0, 1, 1), (5, 5, 6, 6)) == 0",
        ],
    ),
    _task(
        "spiral", "simulation", "spiral_position",
        "A walker starts at (0, 0) and traces a square spiral: 1 step right, 1 up, 2 left, 2 down, 3 right, "
        "3 up, and so on (the run length grows by one after every two turns). Write a Python function "
        "`spiral_position(n: int) -> tuple[int, int]` returning the walker's coordinates after n steps.",
        "Walk the spiral run by run, taking whole runs while they fit into the remaining steps, so the loop "
        "runs about sqrt(n) times instead of n.",
        """\
DIRECTIONS = [(1, 0), (0, 1), (-1, 0), (0, -1)]


def spiral_position(n: int) -> tuple[int, int]:
    x = y = 0
    run, turn = 1, 0
    while n > 0:
        for _ in range(2):
            dx, dy = DIRECTIONS[turn % 4]
            step = min(run, n)
            x, y = x + dx * step, y + dy * step
            n -= step
            turn += 1
        run += 1
    return (x, y)
""",
        [
            "assert spiral_position(0) == (0, 0)",
            "assert spiral_position(1) == (1, 0)",
            "assert spiral_position(4) == (-1, 1)",
            "assert spiral_position(6) == (-1, -1)",
            "assert spiral_position(9) == (2, -1)",
            "assert spiral_position(12) == (2, 2)",
        ],
    ),
    _task(
        "robot_cells", "simulation", "robot_cells_visited",
        "A robot starts on cell (0, 0) of an unbounded grid and follows a command string made of 'U', 'D', "
        "'L' and 'R' (one cell per letter). Write `robot_cells_visited(commands: str) -> int` in Python that "
        "returns how many different cells it has stood on, the start included.",
        "Track the position and keep every visited cell in a set; the answer is the size of the set.",
        """\
MOVES = {"U": (0, 1), "D": (0, -1), "L": (-1, 0), "R": (1, 0)}


def robot_cells_visited(commands: str) -> int:
    x = y = 0
    seen = {(x, y)}
    for command in commands:
        dx, dy = MOVES[command]
        x, y = x + dx, y + dy
        seen.add((x, y))
    return len(seen)
""",
        [
            'assert robot_cells_visited("") == 1',
            'assert robot_cells_visited("UUDD") == 3',
            'assert robot_cells_visited("URDL") == 4',
            'assert robot_cells_visited("RRLL") == 3',
            'assert robot_cells_visited("UDUDUD") == 2',
        ],
    ),
    _task(
        "mirror_clock", "puzzle", "mirror_clock",
        "An analog 12-hour clock is seen in a mirror. Write a Python function `mirror_clock(time: str) -> "
        "str` that takes the time the mirror image seems to show, as \"HH:MM\" (01-12 hours), and returns the "
        "real time in the same format. For example the mirror image of 03:15 is read as 08:45.",
        "Mirroring reflects the dial, so real and apparent minutes past 12 add up to 720 (mod 720). Convert "
        "to minutes, reflect, and print hour 0 as 12.",
        """\
def mirror_clock(time: str) -> str:
    hours, minutes = map(int, time.split(":"))
    mirrored = (720 - (hours % 12) * 60 - minutes) % 720
    hours, minutes = divmod(mirrored, 60)
    return f"{hours or 12:02d}:{minutes:02d}"
""",
        [
            'assert mirror_clock("03:15") == "08:45"',
            'assert mirror_clock("12:00") == "12:00"',
            'assert mirror_clock("06:00") == "06:00"',
            'assert mirror_clock("11:59") == "12:01"',
            'assert mirror_clock("09:30") == "02:30"',
        ],
    ),
    _task(
        "clock_angle", "geometry", "clock_hand_angle",
        "Write `clock_hand_angle(hour: int, minute: int) -> float` in Python returning the smaller angle, in "
        "degrees, between the hour and minute hands of an analog clock at the given time (hour 1-12).",
        "The minute hand moves 6 degrees per minute, the hour hand 30 degrees per hour plus half a degree per "
        "minute; take the difference and its complement to 360, whichever is smaller.",
        """\
def clock_hand_angle(hour: int, minute: int) -> float:
    hour_angle = (hour % 12) * 30 + minute * 0.5
    minute_angle = minute * 6
    diff = abs(hour_angle - minute_angle)
    return min(diff, 360 - diff)
""",
        [
            "assert clock_hand_angle(3, 0) == 90.0",
            "assert clock_hand_angle(12, 30) == 165.0",
            "assert clock_hand_angle(9, 45) == 22.5",
            "assert clock_hand_angle(6, 0) == 180.0",
            "assert clock_hand_angle(2, 20) == 50.0",
        ],
    ),
    _task(
        "tennis", "game scoring", "tennis_game_winner",
        "In a tennis game a player wins once they have at least 4 points and at least 2 more than the opponent. "
        "Write a Python function `tennis_game_winner(points: str) -> str | None` where each character of "
        "`points` ('A' or 'B') names the player who won that point. Return the winner's letter, or None if "
        "the game is not decided yet. Points after the game is decided are ignored.",
        "Count the points as they come and check the winning condition after each one, returning as soon as "
        "a player leads by two with four or more points.",
        """\
def tennis_game_winner(points: str) -> str | None:
    score = {"A": 0, "B": 0}
    for point in points:
        score[point] += 1
        a, b = score["A"], score["B"]
        if max(a, b) >= 4 and abs(a - b) >= 2:
            return "A" if a > b else "B"
    return None
""",
        [
            'assert tennis_game_winner("AAAA") == "A"',
            'assert tennis_game_winner("AAA") == None',
            'assert tennis_game_winner("ABABABBB") == "B"',
            'assert tennis_game_winner("BBBAAAAA") == "A"',
            'assert tennis_game_winner("AAAAB") == "A"',
            'assert tennis_game_winner("ABABABAB") == None',
        ],
    ),
    _task(
        "parking", "billing", "parking_fee",
        "A car park charges as follows: a stay of at most 30 minutes is free; otherwise every started hour "
        "costs 3, but each 24-hour day costs at most 20 (full days cost 20, the remaining part of the stay is "
        "charged by the hour and also capped at 20). Write `parking_fee(minutes: int) -> int` in Python.",
        "Split the stay into full days and the remainder with `divmod`; each full day costs the cap and the "
        "remainder costs 3 per started hour, capped. Short stays are handled first.",
        """\
DAY = 24 * 60


def parking_fee(minutes: int) -> int:
    if minutes <= 30:
        return 0
    days, rest = divmod(minutes, DAY)
    started_hours = -(-rest // 60)
    return days * 20 + min(3 * started_hours, 20)
""",
        [
            "assert parking_fee(30) == 0",
            "assert parking_fee(31) == 3",
            "assert parking_fee(60) == 3",
            "assert parking_fee(61) == 6",
            "assert parking_fee(600) == 20",
            "assert parking_fee(1500) == 23",
        ],
    ),
    _task(
        "thermostat", "simulation", "thermostat_on_count",
        "Simulate a heater with hysteresis. It starts off; after each temperature reading it switches on if "
        "the reading is below `low`, switches off if the reading is above `high`, and otherwise keeps its "
        "state. Write `thermostat_on_count(temps: list[float], low: float, high: float) -> int` in Python "
        "returning after how many readings the heater is on.",
        "Keep a boolean state, update it from each reading with the two thresholds, and count the readings "
        "after which it is True.",
        """\
def thermostat_on_count(temps: list[float], low: float, high: float) -> int:
    heating = False
    count = 0
    for temp in temps:
        if temp < low:
            heating = True
        elif temp > high:
            heating = False
        count += heating
    return count
""",
        [
            "assert thermostat_on_count([18, 19, 22, 25, 21, 17], 19, 24) == 4",
            "assert thermostat_on_count([20, 21], 19, 24) == 0",
            "assert thermostat_on_count([10, 30, 10, 30], 15, 25) == 2",
            "assert thermostat_on_count([], 1, 2) == 0",
        ],
    ),
    _task(
        "bus_load", "simulation", "bus_peak_load",
        "A bus starts empty. At each stop some passengers get on and some get off, given as a list of "
        "(boarding, leaving) pairs. Write a Python function `bus_peak_load(stops: list[tuple[int, int]]) -> "
        "int` that returns the largest number of passengers on board when the bus leaves a stop (0 for no "
        "stops).",
        "Keep a running load and its maximum; each stop changes the load by boarding minus leaving.",
        """\
def bus_peak_load(stops: list[tuple[int, int]]) -> int:
    load = peak = 0
    for boarding, leaving in stops:
        load += boarding - leaving
        peak = max(peak, load)
    return peak
""",
        [
            "assert bus_peak_load([(5, 0), (3, 2), (0, 4), (4, 1)]) == 6",
            "assert bus_peak_load([]) == 0",
            "assert bus_peak_load([(10, 0), (0, 10)]) == 10",
            "assert bus_peak_load([(2, 0), (2, 0), (2, 0)]) == 6",
        ],
    ),
    _task(
        "league", "game scoring", "league_table",
        "Write `league_table(results: list[str]) -> list[tuple[str, int]]` in Python. Each result looks like "
        "\"Lions 3-1 Tigers\" (one-word team names, home team first). A win is worth 3 points, a draw 1, a "
        "loss 0. Return (team, points) pairs for every team that played, sorted by points descending and then "
        "by name.",
        "Parse each line into two names and two goal counts, add points to a dictionary (teams that only "
        "lose still get an entry), and sort with a key of negative points then name.",
        """\
def league_table(results: list[str]) -> list[tuple[str, int]]:
    points: dict[str, int] = {}
    for line in results:
        home, score, away = line.split()
        home_goals, away_goals = map(int, score.split("-"))
        points.setdefault(home, 0)
        points.setdefault(away, 0)
        if home_goals > away_goals:
            points[home] += 3
        elif home_goals < away_goals:
            points[away] += 3
        else:
            points[home] += 1
            points[away] += 1
    return sorted(points.items(), key=lambda item: (-item[1], item[0]))
""",
        [
            ('assert league_table(["Lions 3-1 Tigers", "Bears 0-0 Lions", "Tigers 2-2 Bears"]) == '
            '[("Lions", 4), ("Bears", 2), ("Tigers", 1)]'),
            "assert league_table([]) == []",
            'assert league_table(["A 0-1 B"]) == [("B", 3), ("A", 0)]',
            'assert league_table(["Y 1-1 X"]) == [("X", 1), ("Y", 1)]',
        ],
    ),
    _task(
        "golf", "game scoring", "golf_to_par",
        "Write a Python function `golf_to_par(strokes: list[int], pars: list[int]) -> str` that compares a "
        "golfer's strokes on each hole with the holes' par values and returns the total relative to par: "
        "\"E\" when even, otherwise a signed number such as \"+3\" or \"-2\".",
        "Sum the differences; zero prints as E, other values use the `+` format flag so the sign is always "
        "shown.",
        """\
def golf_to_par(strokes: list[int], pars: list[int]) -> str:
    diff = sum(strokes) - sum(pars)
    return "E" if diff == 0 else f"{diff:+d}"
""",
        [
            'assert golf_to_par([4, 4, 5], [4, 4, 4]) == "+1"',
            'assert golf_to_par([3, 3], [4, 4]) == "-2"',
            'assert golf_to_par([4], [4]) == "E"',
            'assert golf_to_par([], []) == "E"',
        ],
    ),
    _task(
        "elo", "game scoring", "elo_update",
        "Write `elo_update(rating_a: int, rating_b: int, score_a: float, k: int = 32) -> tuple[int, int]` in "
        "Python. Player A's expected score is 1 / (1 + 10 ** ((rating_b - rating_a) / 400)) and B's is one "
        "minus that; `score_a` is 1 for a win of A, 0.5 for a draw and 0 for a loss. Each new rating is the "
        "old one plus k times (actual minus expected score), rounded to the nearest integer.",
        "Compute A's expected score once, derive B's as its complement, and apply the same update rule to both "
        "players.",
        """\
def elo_update(rating_a: int, rating_b: int, score_a: float, k: int = 32) -> tuple[int, int]:
    expected_a = 1 / (1 + 10 ** ((rating_b - rating_a) / 400))
    new_a = rating_a + k * (score_a - expected_a)
    new_b = rating_b + k * ((1 - score_a) - (1 - expected_a))
    return round(new_a), round(new_b)
""",
        [
            "assert elo_update(1500, 1500, 1) == (1516, 1484)",
            "assert elo_update(1500, 1500, 0.5) == (1500, 1500)",
            "assert elo_update(1600, 1400, 0) == (1576, 1424)",
            "assert elo_update(1500, 1500, 1, k=16) == (1508, 1492)",
        ],
    ),
    _task(
        "blackjack", "game scoring", "blackjack_value",
        "Write a Python function `blackjack_value(cards: list[str]) -> int` for a blackjack hand. Cards are "
        "\"2\"-\"10\", \"J\", \"Q\", \"K\" (worth 10) and \"A\". Each ace counts 11 unless that would push the "
        "total over 21, in which case it counts 1. Return the best total.",
        "Count every ace as 1 first; then, if there is an ace and adding 10 keeps the total at most 21, "
        "promote one ace to 11 (promoting two would always bust).",
        """\
def blackjack_value(cards: list[str]) -> int:
    total = 0
    for card in cards:
        if card == "A":
            total += 1
        elif card in ("J", "Q", "K"):
            total += 10
        else:
            total += int(card)
    if "A" in cards and total + 10 <= 21:
        total += 10
    return total
""",
        [
            'assert blackjack_value(["A", "K"]) == 21',
            'assert blackjack_value(["A", "A", "9"]) == 21',
            'assert blackjack_value(["K", "Q", "2"]) == 22',
            'assert blackjack_value(["A", "A", "A", "A"]) == 14',
            'assert blackjack_value(["5", "6"]) == 11',
        ],
    ),
    _task(
        "password", "validation", "password_strength",
        "Write `password_strength(password: str) -> int` in Python returning how many of these five rules "
        "the password meets: at least 8 characters; contains a lowercase letter; contains an uppercase "
        "letter; contains a digit; contains a character that is neither a letter nor a digit.",
        "Each rule is one boolean expression; summing the booleans counts the rules that hold.",
        """\
def password_strength(password: str) -> int:
    rules = [
        len(password) >= 8,
        any(c.islower() for c in password),
        any(c.isupper() for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() for c in password),
    ]
    return sum(rules)
""",
        [
            'assert password_strength("") == 0',
            'assert password_strength("abc") == 1',
            'assert password_strength("Abcdefg1") == 4',
            'assert password_strength("Abcdefg1!") == 5',
            'assert password_strength("12345678") == 2',
        ],
    ),
    _task(
        "hashtags", "text", "extract_hashtags",
        "Write a Python function `extract_hashtags(text: str) -> list[str]` that returns the hashtags in a "
        "post: a '#' at the start of the text or right after whitespace, followed by letters, digits or "
        "underscores. Return the tag words lowercased, without '#', each once, in order of first appearance.",
        "A regular expression with a look-behind for whitespace finds the tags; a dict keeps the first "
        "occurrence order while removing repeats.",
        """\
import re

HASHTAG = re.compile(r"(?:^|(?<=\\s))#(\\w+)")


def extract_hashtags(text: str) -> list[str]:
    return list(dict.fromkeys(tag.lower() for tag in HASHTAG.findall(text)))
""",
        [
            ('assert extract_hashtags("Loving #Python and #python tips #100DaysOfCode") == '
            '["python", "100daysofcode"]'),
            'assert extract_hashtags("no tags here") == []',
            'assert extract_hashtags("C# is not a tag but #csharp is") == ["csharp"]',
            'assert extract_hashtags("#a#b") == ["a"]',
        ],
    ),
    _task(
        "acronym", "text", "acronym",
        "Write `acronym(phrase: str) -> str` in Python that builds an uppercase acronym from the first letter "
        "of each word. Words are separated by spaces, hyphens or other punctuation; apostrophes belong to the "
        "word (\"Don't\" is one word).",
        "Find the words with a regular expression of letters and apostrophes, then join their uppercased "
        "first letters.",
        """\
import re


def acronym(phrase: str) -> str:
    return "".join(word[0].upper() for word in re.findall(r"[A-Za-z']+", phrase))
""",
        [
            'assert acronym("Portable Network Graphics") == "PNG"',
            'assert acronym("first-in, first-out") == "FIFO"',
            'assert acronym("as soon as possible") == "ASAP"',
            'assert acronym("Complementary metal-oxide semiconductor") == "CMOS"',
            'assert acronym("Don\'t repeat yourself") == "DRY"',
        ],
    ),
    _task(
        "reading_time", "text", "reading_time",
        "Write a Python function `reading_time(text: str, wpm: int = 200) -> int` estimating how many whole "
        "minutes it takes to read `text` at `wpm` words per minute: the word count divided by wpm, rounded "
        "up. Words are separated by whitespace; empty text takes 0 minutes.",
        "Count words with `split()` and use ceiling division (negate, floor-divide, negate) to round up "
        "without floats.",
        """\
def reading_time(text: str, wpm: int = 200) -> int:
    words = len(text.split())
    return -(-words // wpm)
""",
        [
            'assert reading_time("") == 0',
            'assert reading_time("word " * 200) == 1',
            'assert reading_time("word " * 201) == 2',
            'assert reading_time("a b c", wpm=2) == 2',
        ],
    ),
    _task(
        "sentences", "text", "count_sentences",
        "Write `count_sentences(text: str) -> int` in Python. Sentences end with '.', '!' or '?', and a run "
        "of such marks (\"...\" or \"?!\") ends one sentence. A sentence is any non-blank stretch of text "
        "between terminators, so trailing text without a final mark still counts.",
        "Split the text on runs of terminators with a regular expression and count the pieces that are not "
        "blank.",
        """\
import re


def count_sentences(text: str) -> int:
    return sum(1 for part in re.split(r"[.!?]+", text) if part.strip())
""",
        [
            'assert count_sentences("Hi. How are you? Fine!") == 3',
            'assert count_sentences("Wait... what?!") == 2',
            'assert count_sentences("") == 0',
            'assert count_sentences("no ending here") == 1',
            'assert count_sentences("One. Two") == 2',
        ],
    ),
    _task(
        "diversity", "text", "lexical_diversity",
        "Write a Python function `lexical_diversity(text: str) -> float` returning the number of distinct "
        "words divided by the total number of words, rounded to 2 decimals (0.0 for text without words). "
        "Words are runs of letters and apostrophes, compared case-insensitively.",
        "Lowercase the text, extract the words with a regular expression, and divide the size of their set "
        "by their count.",
        """\
import re


def lexical_diversity(text: str) -> float:
    words = re.findall(r"[a-z']+", text.lower())
    if not words:
        return 0.0
    return round(len(set(words)) / len(words), 2)
""",
        [
            'assert lexical_diversity("the cat and the hat") == 0.8',
            'assert lexical_diversity("") == 0.0',
            'assert lexical_diversity("Go go GO") == 0.33',
            'assert lexical_diversity("a b c d") == 1.0',
        ],
    ),
    _task(
        "persistence", "puzzle", "multiplicative_persistence",
        "Write `multiplicative_persistence(n: int) -> int` in Python: how many times you must replace a "
        "non-negative integer by the product of its decimal digits until it has a single digit. For example "
        "39 -> 27 -> 14 -> 4 takes 3 steps.",
        "Loop while the number has two or more digits, replacing it by `math.prod` of its digits and "
        "counting the steps.",
        """\
from math import prod


def multiplicative_persistence(n: int) -> int:
    steps = 0
    while n >= 10:
        n = prod(int(digit) for digit in str(n))
        steps += 1
    return steps
""",
        [
            "assert multiplicative_persistence(39) == 3",
            "assert multiplicative_persistence(999) == 4",
            "assert multiplicative_persistence(4) == 0",
            "assert multiplicative_persistence(25) == 2",
            "assert multiplicative_persistence(77) == 4",
        ],
    ),
    _task(
        "round_robin", "scheduling", "round_robin_finish",
        "Simulate round-robin CPU scheduling: all processes arrive at time 0 in list order, each turn a "
        "process runs for at most `quantum` time units, then goes to the back of the queue if unfinished. "
        "Write `round_robin_finish(bursts: list[int], quantum: int) -> list[int]` in Python returning each "
        "process's completion time, in input order.",
        "Use a deque of (index, remaining time) pairs and a clock; each turn advances the clock by the time "
        "used and either records a finish time or re-queues the process.",
        """\
from collections import deque


def round_robin_finish(bursts: list[int], quantum: int) -> list[int]:
    queue = deque(enumerate(bursts))
    finish = [0] * len(bursts)
    clock = 0
    while queue:
        index, remaining = queue.popleft()
        used = min(quantum, remaining)
        clock += used
        if remaining > used:
            queue.append((index, remaining - used))
        else:
            finish[index] = clock
    return finish
""",
        [
            "assert round_robin_finish([5, 3, 1], 2) == [9, 8, 5]",
            "assert round_robin_finish([4], 3) == [4]",
            "assert round_robin_finish([2, 2], 2) == [2, 4]",
            "assert round_robin_finish([1, 2, 3], 1) == [1, 4, 6]",
        ],
    ),
    _task(
        "streak", "game scoring", "win_streak_points",
        "A season's results are a string of 'W' (win, 3 points), 'D' (draw, 1 point) and 'L' (loss, 0). A win "
        "that is the third or later in a row earns 1 bonus point. Write a Python function "
        "`win_streak_points(results: str) -> int` returning the season total.",
        "Walk the string keeping the length of the current winning streak: it resets on any non-win, and "
        "each win adds 3 plus 1 when the streak has reached 3.",
        """\
POINTS = {"W": 3, "D": 1, "L": 0}


def win_streak_points(results: str) -> int:
    total = streak = 0
    for result in results:
        streak = streak + 1 if result == "W" else 0
        total += POINTS[result] + (streak >= 3)
    return total
""",
        [
            'assert win_streak_points("WWW") == 10',
            'assert win_streak_points("WWWWL") == 14',
            'assert win_streak_points("WDW") == 7',
            'assert win_streak_points("") == 0',
            'assert win_streak_points("LLDWWWW") == 15',
        ],
    ),
    _task(
        "dice_ways", "game scoring", "dice_sum_ways",
        "Write `dice_sum_ways(n: int, total: int) -> int` in Python: the number of ordered outcomes of "
        "rolling n six-sided dice whose faces add up to `total`.",
        "Build the distribution one die at a time: a dictionary from sum to number of ways, extended by the "
        "six faces for every die.",
        """\
def dice_sum_ways(n: int, total: int) -> int:
    ways = {0: 1}
    for _ in range(n):
        extended: dict[int, int] = {}
        for value, count in ways.items():
            for face in range(1, 7):
                extended[value + face] = extended.get(value + face, 0) + count
        ways = extended
    return ways.get(total, 0)
""",
        [
            "assert dice_sum_ways(1, 7) == 0",
            "assert dice_sum_ways(2, 7) == 6",
            "assert dice_sum_ways(3, 3) == 1",
            "assert dice_sum_ways(3, 10) == 27",
            "assert dice_sum_ways(2, 12) == 1",
        ],
    ),
    _task(
        "minesweeper", "simulation", "minesweeper_hints",
        "Write a Python function `minesweeper_hints(board: list[str]) -> list[str]`. The board rows contain "
        "'*' for mines and '.' for empty cells; return the board with each empty cell replaced by the digit "
        "counting mines among its (up to eight) neighbours, '0' included.",
        "For every empty cell look at the 3x3 block around it, clipped to the board, and count the stars.",
        """\
def minesweeper_hints(board: list[str]) -> list[str]:
    rows = len(board)
    result = []
    for r, line in enumerate(board):
        cols = len(line)
        cells = []
        for c, cell in enumerate(line):
            if cell == "*":
                cells.append(cell)
                continue
            mines = sum(
                board[i][j] == "*"
                for i in range(max(r - 1, 0), min(r + 2, rows))
                for j in range(max(c - 1, 0), min(c + 2, cols))
            )
            cells.append(str(mines))
        result.append("".join(cells))
    return result
""",
        [
            'assert minesweeper_hints(["*.", ".."]) == ["*1", "11"]',
            'assert minesweeper_hints(["..."]) == ["000"]',
            'assert minesweeper_hints([".*.", "...", "*.*"]) == ["1*1", "232", "*2*"]',
            "assert minesweeper_hints([]) == []",
        ],
    ),
    _task(
        "darts", "game scoring", "darts_points",
        "Write `darts_points(x: float, y: float) -> int` in Python for a dart landing at (x, y) on a target "
        "centred at the origin: 10 points within distance 1 of the centre, 5 within 5, 1 within 10, and 0 "
        "outside. A dart exactly on a circle gets that circle's points.",
        "Compare the distance from the origin (`math.hypot`) against the three radii from the inside out.",
        """\
from math import hypot


def darts_points(x: float, y: float) -> int:
    distance = hypot(x, y)
    for radius, points in ((1, 10), (5, 5), (10, 1)):
        if distance <= radius:
            return points
    return 0
""",
        [
            "assert darts_points(0, 0) == 10",
            "assert darts_points(3, 4) == 5",
            "assert darts_points(-6, 8) == 1",
            "assert darts_points(0, 10.1) == 0",
            "assert darts_points(0.6, 0.8) == 10",
        ],
    ),
]

_CHINESE = [
    _task(
        "id_check", "validation", "id_check_char",
        "用Python编写函数 `id_check_char(first17: str) -> str`：根据中国居民身份证号码的前17位数字计算第18位校验码。"
        "前17位依次乘以权重 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 后求和，和除以11的余数 0-10 "
        "分别对应校验码 1,0,X,9,8,7,6,5,4,3,2。",
        "按权重加权求和后对11取余，再用一个长度为11的字符串把余数映射为校验码。",
        """\
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK_CODES = "10X98765432"


def id_check_char(first17: str) -> str:
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS))
    return CHECK_CODES[total % 11]
""",
        [
            'assert id_check_char("11010519491231002") == "X"',
            'assert id_check_char("44052418800101001") == "4"',
            'assert id_check_char("00000000000000000") == "1"',
        ],
    ),
    _task(
        "power_bill", "billing", "tiered_power_bill",
        "用Python实现阶梯电价计算函数 `tiered_power_bill(kwh: float) -> float`：每月用电 200 度以内的部分每度 0.5 元，"
        "201 到 400 度的部分每度 0.55 元，超过 400 度的部分每度 0.8 元。返回电费，保留两位小数。",
        "把用电量按三个区间切开，每段用量乘以该段单价后相加，最后四舍五入到分。",
        """\
TIERS = [(200, 0.5), (400, 0.55), (float("inf"), 0.8)]


def tiered_power_bill(kwh: float) -> float:
    bill = 0.0
    lower = 0
    for upper, price in TIERS:
        if kwh > lower:
            bill += (min(kwh, upper) - lower) * price
        lower = upper
    return round(bill, 2)
""",
        [
            "assert tiered_power_bill(100) == 50.0",
            "assert tiered_power_bill(200) == 100.0",
            "assert tiered_power_bill(300) == 155.0",
            "assert tiered_power_bill(500) == 290.0",
            "assert tiered_power_bill(0) == 0.0",
        ],
    ),
    _task(
        "zodiac", "calendar", "zodiac_animal",
        "编写Python函数 `zodiac_animal(year: int) -> str`，返回公历年份对应的生肖（按公历年份简化计算，不考虑春节前后）。"
        "生肖顺序为 鼠牛虎兔龙蛇马羊猴鸡狗猪，2020 年是鼠年。",
        "生肖每12年循环一次，用年份与2020的差对12取余即可得到在顺序中的位置，负数取余在Python中同样正确。",
        """\
ANIMALS = "鼠牛虎兔龙蛇马羊猴鸡狗猪"


def zodiac_animal(year: int) -> str:
    return ANIMALS[(year - 2020) % 12]
""",
        [
            'assert zodiac_animal(2020) == "鼠"',
            'assert zodiac_animal(2024) == "龙"',
            'assert zodiac_animal(1990) == "马"',
            'assert zodiac_animal(2023) == "兔"',
            'assert zodiac_animal(1949) == "牛"',
        ],
    ),
    _task(
        "ganzhi", "calendar", "ganzhi_year",
        "用Python写一个函数 `ganzhi_year(year: int) -> str`，返回公历年份的天干地支纪年，例如 1984 年是“甲子”年。"
        "天干为 甲乙丙丁戊己庚辛壬癸，地支为 子丑寅卯辰巳午未申酉戌亥。",
        "天干10年一轮、地支12年一轮，公元4年是甲子年，所以分别用 (year - 4) 对10和12取余。",
        """\
STEMS = "甲乙丙丁戊己庚辛壬癸"
BRANCHES = "子丑寅卯辰巳午未申酉戌亥"


def ganzhi_year(year: int) -> str:
    offset = year - 4
    return STEMS[offset % 10] + BRANCHES[offset % 12]
""",
        [
            'assert ganzhi_year(1984) == "甲子"',
            'assert ganzhi_year(2024) == "甲辰"',
            'assert ganzhi_year(1949) == "己丑"',
            'assert ganzhi_year(2000) == "庚辰"',
            'assert ganzhi_year(1911) == "辛亥"',
        ],
    ),
    _task(
        "cn_number", "text", "chinese_number",
        "编写函数 `chinese_number(n: int) -> str`，把 0 到 99 的整数写成中文读法：0 为“零”，10 为“十”，"
        "15 为“十五”，40 为“四十”，99 为“九十九”。请用Python实现。",
        "分出十位和个位：十位为0时只读个位，十位为1时不读“一”，个位为0时不读个位。",
        """\
DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    if tens == 0:
        return DIGITS[ones]
    prefix = "十" if tens == 1 else DIGITS[tens] + "十"
    return prefix + (DIGITS[ones] if ones else "")
""",
        [
            'assert chinese_number(0) == "零"',
            'assert chinese_number(7) == "七"',
            'assert chinese_number(10) == "十"',
            'assert chinese_number(15) == "十五"',
            'assert chinese_number(40) == "四十"',
            'assert chinese_number(99) == "九十九"',
        ],
    ),
    _task(
        "count_cjk", "text", "count_cjk",
        "用Python统计一段文本中汉字的个数：实现 `count_cjk(text: str) -> int`，只统计基本汉字区 "
        "U+4E00 到 U+9FFF 内的字符，标点、字母和数字都不算。",
        "逐个字符判断是否落在基本汉字的码位区间内，对满足条件的字符计数。",
        """\
def count_cjk(text: str) -> int:
    return sum("\\u4e00" <= ch <= "\\u9fff" for ch in text)
""",
        [
            'assert count_cjk("Hello, 世界！") == 2',
            'assert count_cjk("") == 0',
            'assert count_cjk("中文ABC测试123") == 4',
            'assert count_cjk("，。！") == 0',
        ],
    ),
    _task(
        "pangu", "text", "cjk_latin_spacing",
        "中英文混排时常在汉字与英文字母或数字之间加一个空格。请用Python实现 `cjk_latin_spacing(text: str) -> str`："
        "在每个汉字与紧邻的英文字母/数字之间（不论谁在前）插入一个空格，已有空格的地方不变。",
        "用两个正则替换分别处理“汉字后接字母数字”和“字母数字后接汉字”两种相邻情况。",
        """\
import re

CJK = r"[\\u4e00-\\u9fff]"
LATIN = r"[A-Za-z0-9]"


def cjk_latin_spacing(text: str) -> str:
    text = re.sub(f"({CJK})({LATIN})", r"\\1 \\2", text)
    return re.sub(f"({LATIN})({CJK})", r"\\1 \\2", text)
""",
        [
            'assert cjk_latin_spacing("我用Python写代码") == "我用 Python 写代码"',
            'assert cjk_latin_spacing("共3个") == "共 3 个"',
            'assert cjk_latin_spacing("Hello世界") == "Hello 世界"',
            'assert cjk_latin_spacing("已经 spaced 了") == "已经 spaced 了"',
            'assert cjk_latin_spacing("纯中文") == "纯中文"',
        ],
    ),
    _task(
        "bank_queue", "simulation", "average_wait",
        "银行只有一个窗口，顾客按到达时间先后办理业务。编写Python函数 `average_wait(arrivals: list[int], "
        "services: list[int]) -> float`：arrivals 是按先后顺序排列的到达时刻，services 是每位顾客的办理时长，"
        "返回平均等待时间（开始办理时刻减去到达时刻），保留两位小数；没有顾客时返回 0.0。",
        "用一个变量记录窗口空闲的时刻：每位顾客的开始时刻是到达时刻与窗口空闲时刻的较大者，等待时间累加后求平均。",
        """\
def average_wait(arrivals: list[int], services: list[int]) -> float:
    if not arrivals:
        return 0.0
    free_at = 0
    total_wait = 0
    for arrival, service in zip(arrivals, services):
        start = max(arrival, free_at)
        total_wait += start - arrival
        free_at = start + service
    return round(total_wait / len(arrivals), 2)
""",
        [
            "assert average_wait([0, 1, 2], [3, 3, 3]) == 2.0",
            "assert average_wait([0, 10], [5, 5]) == 0.0",
            "assert average_wait([0, 0, 0, 0], [1, 1, 1, 1]) == 1.5",
            "assert average_wait([], []) == 0.0",
            "assert average_wait([0, 2, 3], [4, 1, 2]) == 1.33",
        ],
    ),
    _task(
        "elevator", "simulation", "elevator_floors",
        "一部电梯从 start 层出发，依次前往 requests 列表中的楼层（地下楼层用负数表示）。请用Python实现 "
        "`elevator_floors(start: int, requests: list[int]) -> int`，返回电梯总共经过的楼层数。",
        "依次累加当前楼层与下一个目标楼层之差的绝对值，并把当前楼层更新为目标楼层。",
        """\
def elevator_floors(start: int, requests: list[int]) -> int:
    total = 0
    current = start
    for floor in requests:
        total += abs(floor - current)
        current = floor
    return total
""",
        [
            "assert elevator_floors(1, [5, 3, 8]) == 11",
            "assert elevator_floors(10, []) == 0",
            "assert elevator_floors(3, [3, 3]) == 0",
            "assert elevator_floors(-1, [2, -2]) == 7",
        ],
    ),
    _task(
        "traffic_light", "simulation", "traffic_light",
        "某路口信号灯以 60 秒为一个周期：每个周期的第 0-29 秒为绿灯，第 30-32 秒为黄灯，第 33-59 秒为红灯。"
        "用Python编写 `traffic_light(t: int) -> str`，给出从某个周期开始经过 t 秒时的灯色，返回“绿”“黄”或“红”。",
        "先对60取余得到周期内的秒数，再按区间边界判断灯色。",
        """\
def traffic_light(t: int) -> str:
    second = t % 60
    if second < 30:
        return "绿"
    if second < 33:
        return "黄"
    return "红"
""",
        [
            'assert traffic_light(0) == "绿"',
            'assert traffic_light(29) == "绿"',
            'assert traffic_light(30) == "黄"',
            'assert traffic_light(33) == "红"',
            'assert traffic_light(61) == "绿"',
            'assert traffic_light(92) == "黄"',
        ],
    ),
    _task(
        "split_evenly", "utilities", "split_evenly",
        "把 total_cents 分钱尽量平均地分给 n 个人：每人先得到相同的金额，除不尽的余数从第一个人开始每人多分 1 分。"
        "请用Python实现 `split_evenly(total_cents: int, n: int) -> list[int]`。",
        "用 divmod 得到每人的基本金额和余数，前“余数”个人各加 1 分。",
        """\
def split_evenly(total_cents: int, n: int) -> list[int]:
    base, extra = divmod(total_cents, n)
    return [base + 1 if i < extra else base for i in range(n)]
""",
        [
            "assert split_evenly(100, 3) == [34, 33, 33]",
            "assert split_evenly(10, 5) == [2, 2, 2, 2, 2]",
            "assert split_evenly(5, 8) == [1, 1, 1, 1, 1, 0, 0, 0]",
            "assert split_evenly(0, 2) == [0, 0]",
        ],
    ),
    _task(
        "grades", "statistics", "grade_counts",
        "用Python编写函数 `grade_counts(scores: list[int]) -> dict[str, int]`，统计一组考试成绩的等级分布："
        "90 分及以上为“优秀”，75-89 为“良好”，60-74 为“及格”，60 以下为“不及格”。返回的字典总是包含这四个等级。",
        "先建立四个等级计数为0的字典，再对每个分数按从高到低的门槛找到它的等级并加一。",
        """\
LEVELS = [(90, "优秀"), (75, "良好"), (60, "及格"), (0, "不及格")]


def grade_counts(scores: list[int]) -> dict[str, int]:
    counts = {name: 0 for _, name in LEVELS}
    for score in scores:
        name = next(name for threshold, name in LEVELS if score >= threshold)
        counts[name] += 1
    return counts
""",
        [
            'assert grade_counts([95, 80, 60, 59, 100]) == {"优秀": 2, "良好": 1, "及格": 1, "不及格": 1}',
            'assert grade_counts([]) == {"优秀": 0, "良好": 0, "及格": 0, "不及格": 0}',
            'assert grade_counts([74, 75, 89, 90]) == {"优秀": 1, "良好": 2, "及格": 1, "不及格": 0}',
        ],
    ),
    _task(
        "warming", "statistics", "longest_warming_streak",
        "给定每天的气温列表，用Python实现 `longest_warming_streak(temps: list[float]) -> int`，"
        "返回气温逐日严格上升的最长连续天数（单独一天算 1 天，空列表返回 0）。",
        "一次遍历：今天比昨天高就把当前连续天数加一，否则重置为1，同时记录最大值。",
        """\
def longest_warming_streak(temps: list[float]) -> int:
    if not temps:
        return 0
    best = current = 1
    for previous, today in zip(temps, temps[1:]):
        current = current + 1 if today > previous else 1
        best = max(best, current)
    return best
""",
        [
            "assert longest_warming_streak([]) == 0",
            "assert longest_warming_streak([5]) == 1",
            "assert longest_warming_streak([1, 2, 3, 2, 3, 4, 5]) == 4",
            "assert longest_warming_streak([3, 3, 3]) == 1",
            "assert longest_warming_streak([5, 4, 3]) == 1",
        ],
    ),
    _task(
        "late_minutes", "scheduling", "total_late_minutes",
        "公司规定上班时间为 start（默认 \"09:00\"）。用Python编写 `total_late_minutes(times: list[str], start: str "
        "= \"09:00\") -> int`，times 为若干次打卡时间（\"HH:MM\"），返回迟到分钟数的总和（早到或准时记 0）。",
        "把“时:分”换算成当天的分钟数，每次打卡只累加晚于上班时间的部分。",
        """\
def _minutes(clock: str) -> int:
    hours, minutes = map(int, clock.split(":"))
    return hours * 60 + minutes


def total_late_minutes(times: list[str], start: str = "09:00") -> int:
    begin = _minutes(start)
    return sum(max(_minutes(t) - begin, 0) for t in times)
""",
        [
            'assert total_late_minutes(["08:55", "09:10", "09:00", "10:01"]) == 71',
            "assert total_late_minutes([]) == 0",
            'assert total_late_minutes(["08:30"], "08:00") == 30',
        ],
    ),
    _task(
        "rps", "game scoring", "rps_winner",
        "甲乙两人玩石头剪刀布，每一轮的出拳分别记录在列表 a 和 b 中，取值为“石头”“剪刀”“布”。石头胜剪刀，剪刀胜布，布胜石头。"
        "用Python实现 `rps_winner(a: list[str], b: list[str]) -> str`：赢的轮数多的一方获胜，返回“甲”“乙”或“平局”。",
        "用一个字典记录每种出拳能赢的对象，逐轮比较并分别累计甲乙赢的轮数，最后比较两者。",
        """\
BEATS = {"石头": "剪刀", "剪刀": "布", "布": "石头"}


def rps_winner(a: list[str], b: list[str]) -> str:
    a_wins = sum(BEATS[x] == y for x, y in zip(a, b))
    b_wins = sum(BEATS[y] == x for x, y in zip(a, b))
    if a_wins > b_wins:
        return "甲"
    if b_wins > a_wins:
        return "乙"
    return "平局"
""",
        [
            'assert rps_winner(["石头", "剪刀"], ["剪刀", "剪刀"]) == "甲"',
            'assert rps_winner(["布"], ["剪刀"]) == "乙"',
            'assert rps_winner([], []) == "平局"',
            'assert rps_winner(["石头", "布", "剪刀"], ["布", "石头", "剪刀"]) == "平局"',
        ],
    ),
    _task(
        "xiangqi_horse", "board games", "xiangqi_horse_moves",
        "中国象棋棋盘的交叉点坐标为 x 取 0-8、y 取 0-9。马走“日”字，但如果沿长边方向紧挨着马的点上有棋子（蹩马腿），"
        "就不能朝那个方向走。用Python编写 `xiangqi_horse_moves(x: int, y: int, pieces: list[tuple[int, int]]) -> int`，"
        "返回位于 (x, y) 的马可以走到的棋盘内落点数（pieces 为其他棋子的位置，落点上有棋子也算可走）。",
        "枚举8个“日”字方向：马腿位于沿长边方向的第一个点，马腿被占或落点出界就跳过，其余计数。",
        """\
JUMPS = [(1, 2), (-1, 2), (1, -2), (-1, -2), (2, 1), (2, -1), (-2, 1), (-2, -1)]


def xiangqi_horse_moves(x: int, y: int, pieces: list[tuple[int, int]]) -> int:
    occupied = set(pieces)
    count = 0
    for dx, dy in JUMPS:
        leg = (x, y + dy // 2) if abs(dy) == 2 else (x + dx // 2, y)
        if leg in occupied:
            continue
        if 0 <= x + dx <= 8 and 0 <= y + dy <= 9:
            count += 1
    return count
""",
        [
            "assert xiangqi_horse_moves(4, 4, []) == 8",
            "assert xiangqi_horse_moves(0, 0, []) == 2",
            "assert xiangqi_horse_moves(4, 4, [(4, 5)]) == 6",
            "assert xiangqi_horse_moves(4, 4, [(4, 5), (4, 3), (5, 4), (3, 4)]) == 0",
            "assert xiangqi_horse_moves(8, 9, [(7, 9)]) == 1",
        ],
    ),
    _task(
        "seven_pairs", "board games", "is_seven_pairs",
        "麻将中的“七对”是指 14 张牌恰好组成 7 个对子（4 张相同的牌算作两个对子）。请用Python实现 "
        "`is_seven_pairs(tiles: list[str]) -> bool`，tiles 为牌名列表，例如 \"1m\"、\"东\"。",
        "先要求正好14张，再用 Counter 统计每种牌的张数，全部为偶数即可组成七对。",
        """\
from collections import Counter


def is_seven_pairs(tiles: list[str]) -> bool:
    return len(tiles) == 14 and all(n % 2 == 0 for n in Counter(tiles).values())
""",
        [
            ('assert is_seven_pairs(["1m", "1m", "2m", "2m", "3m", "3m", "4p", "4p", "5p", "5p", "6s", "6s", "东", '
            '"东"]) == True'),
            ('assert is_seven_pairs(["1m", "1m", "2m", "2m", "3m", "3m", "4p", "4p", "5p", "5p", "6s", "6s", "东", '
            '"南"]) == False'),
            ('assert is_seven_pairs(["1m"] * 4 + ["2m"] * 2 + ["3s"] * 2 + ["4s"] * 2 + ["5s"] * 2 + ["中"] * 2) '
            "== True"),
            'assert is_seven_pairs(["1m"] * 12) == False',
        ],
    ),
    _task(
        "make24", "puzzle", "can_make_24",
        "“24点”游戏：给定 4 个正整数，每个数恰好用一次，用加、减、乘、除和括号能否算出 24？用Python编写 "
        "`can_make_24(nums: list[int]) -> bool`（除法是精确的分数除法）。",
        "递归：每次从当前数中任取有序的两个数，用四种运算之一合成一个新数放回，直到只剩一个数时判断是否等于24；"
        "用 Fraction 避免浮点误差。",
        """\
from fractions import Fraction


def _reachable(values: list[Fraction]) -> bool:
    if len(values) == 1:
        return values[0] == 24
    for i, a in enumerate(values):
        for j, b in enumerate(values):
            if i == j:
                continue
            rest = [v for k, v in enumerate(values) if k not in (i, j)]
            results = [a + b, a - b, a * b]
            if b != 0:
                results.append(a / b)
            if any(_reachable([*rest, value]) for value in results):
                return True
    return False


def can_make_24(nums: list[int]) -> bool:
    return _reachable([Fraction(n) for n in nums])
""",
        [
            "assert can_make_24([4, 1, 8, 7]) == True",
            "assert can_make_24([1, 1, 1, 1]) == False",
            "assert can_make_24([3, 3, 8, 8]) == True",
            "assert can_make_24([1, 2, 3, 4]) == True",
            "assert can_make_24([1, 1, 1, 2]) == False",
        ],
    ),
    _task(
        "go_liberties", "board games", "go_liberties",
        "围棋棋盘用字符串列表表示，'.' 为空点，'B' 为黑子，'W' 为白子。用Python实现 "
        "`go_liberties(board: list[str], row: int, col: int) -> int`：返回 (row, col) 处棋子所在棋块"
        "（上下左右相连的同色棋子）的气数，即与棋块相邻的不同空点个数；该点为空时返回 0。",
        "从该点出发做广度优先搜索找出整个同色棋块，同时把遇到的相邻空点放进集合，集合大小就是气数。",
        """\
def go_liberties(board: list[str], row: int, col: int) -> int:
    color = board[row][col]
    if color == ".":
        return 0
    group = {(row, col)}
    liberties = set()
    stack = [(row, col)]
    while stack:
        r, c = stack.pop()
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if not (0 <= nr < len(board) and 0 <= nc < len(board[nr])):
                continue
            if board[nr][nc] == ".":
                liberties.add((nr, nc))
            elif board[nr][nc] == color and (nr, nc) not in group:
                group.add((nr, nc))
                stack.append((nr, nc))
    return len(liberties)
""",
        [
            'assert go_liberties(["...", ".B.", "..."], 1, 1) == 4',
            'assert go_liberties(["B..", "...", "..."], 0, 0) == 2',
            'assert go_liberties(["BB.", "W..", "..."], 0, 0) == 2',
            'assert go_liberties([".W.", "WBW", ".W."], 1, 1) == 0',
            'assert go_liberties(["BW", "BW"], 0, 0) == 0',
            'assert go_liberties(["..", ".."], 0, 1) == 0',
        ],
    ),
    _task(
        "gomoku", "board games", "gomoku_five",
        "五子棋棋盘用字符串列表表示（'.' 为空，其他字符为棋子）。用Python编写 `gomoku_five(board: list[str], "
        "row: int, col: int) -> bool`：判断 (row, col) 处的棋子是否处在横、竖或两条斜线方向上连续至少 5 个同色棋子之中；"
        "该点为空时返回 False。",
        "对四个方向分别向两侧延伸计数同色棋子，加上自身达到5即成立。",
        """\
def gomoku_five(board: list[str], row: int, col: int) -> bool:
    stone = board[row][col]
    if stone == ".":
        return False

    def run(dr: int, dc: int) -> int:
        length = 0
        r, c = row + dr, col + dc
        while 0 <= r < len(board) and 0 <= c < len(board[r]) and board[r][c] == stone:
            length += 1
            r, c = r + dr, c + dc
        return length

    return any(1 + run(dr, dc) + run(-dr, -dc) >= 5 for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)))
""",
        [
            'assert gomoku_five(["XXXXX"], 0, 2) == True',
            'assert gomoku_five(["XXXX.X"], 0, 0) == False',
            'assert gomoku_five(["X....", ".X...", "..X..", "...X.", "....X"], 4, 4) == True',
            'assert gomoku_five(["....O", "...O.", "..O..", ".O...", "O...."], 2, 2) == True',
            'assert gomoku_five(["X....", ".X...", "..X..", "...X.", "....."], 0, 0) == False',
            'assert gomoku_five(["....."], 0, 0) == False',
        ],
    ),
    _task(
        "cage", "puzzle", "chickens_rabbits",
        "笼子里有鸡和兔，共有 heads 个头、legs 条腿。用Python实现 `chickens_rabbits(heads: int, legs: int)`："
        "返回 (鸡的只数, 兔的只数)；若没有非负整数解则返回 None。",
        "假设全是鸡，多出来的腿数除以2就是兔的只数；再检查它是否为不超过总头数的非负整数。",
        """\
def chickens_rabbits(heads: int, legs: int) -> tuple[int, int] | None:
    extra = legs - 2 * heads
    if extra < 0 or extra % 2 or extra // 2 > heads:
        return None
    rabbits = extra // 2
    return (heads - rabbits, rabbits)
""",
        [
            "assert chickens_rabbits(35, 94) == (23, 12)",
            "assert chickens_rabbits(10, 20) == (10, 0)",
            "assert chickens_rabbits(10, 40) == (0, 10)",
            "assert chickens_rabbits(3, 7) == None",
            "assert chickens_rabbits(5, 30) == None",
        ],
    ),
    _task(
        "pick", "geometry", "triangle_interior_points",
        "平面上三角形的三个顶点都是整点（坐标为整数）。用Python编写 `triangle_interior_points(a: tuple[int, int], "
        "b: tuple[int, int], c: tuple[int, int]) -> int`，返回严格位于三角形内部的整点个数（三点共线时返回 0）。",
        "用皮克定理：面积 = 内部点数 + 边界点数/2 - 1。两倍面积由叉积得到，每条边上的整点数由坐标差的最大公约数得到。",
        """\
from math import gcd


def triangle_interior_points(a: tuple[int, int], b: tuple[int, int], c: tuple[int, int]) -> int:
    double_area = abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1]))
    if double_area == 0:
        return 0
    boundary = sum(gcd(abs(p[0] - q[0]), abs(p[1] - q[1])) for p, q in ((a, b), (b, c), (c, a)))
    return (double_area - boundary + 2) // 2
""",
        [
            "assert triangle_interior_points((0, 0), (4, 0), (0, 4)) == 3",
            "assert triangle_interior_points((0, 0), (1, 0), (0, 1)) == 0",
            "assert triangle_interior_points((0, 0), (5, 0), (0, 3)) == 4",
            "assert triangle_interior_points((-2, -2), (2, -2), (0, 2)) == 5",
            "assert triangle_interior_points((0, 0), (1, 1), (2, 2)) == 0",
        ],
    ),
    _task(
        "collinear", "geometry", "all_collinear",
        "用Python实现 `all_collinear(points: list[tuple[int, int]]) -> bool`，判断给定的整点是否全部在同一条直线上。"
        "少于 3 个点、或所有点重合时返回 True；列表中可能有重复的点。",
        "找一个与第一个点不同的点确定方向，其余每个点与这两点的叉积都为0时共线；用整数叉积避免斜率的除法和浮点误差。",
        """\
def all_collinear(points: list[tuple[int, int]]) -> bool:
    if not points:
        return True
    x0, y0 = points[0]
    other = next((p for p in points if p != points[0]), None)
    if other is None:
        return True
    dx, dy = other[0] - x0, other[1] - y0
    return all(dx * (y - y0) == dy * (x - x0) for x, y in points)
""",
        [
            "assert all_collinear([(0, 0), (1, 1), (2, 2), (5, 5)]) == True",
            "assert all_collinear([(0, 0), (1, 1), (2, 3)]) == False",
            "assert all_collinear([(1, 2)]) == True",
            "assert all_collinear([(0, 0), (0, 0), (1, 1)]) == True",
            "assert all_collinear([(3, 0), (3, 5), (3, -2)]) == True",
        ],
    ),
    _task(
        "top_hanzi", "text", "most_frequent_hanzi",
        "编写Python函数 `most_frequent_hanzi(text: str) -> str`，返回文本中出现次数最多的汉字；"
        "次数相同时返回最先出现的那个，文本中没有汉字时返回空字符串。",
        "用 Counter 按出现顺序统计汉字，max 在并列时返回第一个遇到的键，正好是最先出现的汉字。",
        """\
from collections import Counter


def most_frequent_hanzi(text: str) -> str:
    counts = Counter(ch for ch in text if "\\u4e00" <= ch <= "\\u9fff")
    if not counts:
        return ""
    return max(counts, key=counts.__getitem__)
""",
        [
            'assert most_frequent_hanzi("我爱我家，家和万事兴") == "我"',
            'assert most_frequent_hanzi("abc") == ""',
            'assert most_frequent_hanzi("天天向上") == "天"',
            'assert most_frequent_hanzi("好好学习，天天向上") == "好"',
        ],
    ),
    _task(
        "char_types", "text", "char_type_stats",
        "用Python编写 `char_type_stats(text: str) -> dict[str, int]`，统计文本中各类字符的个数，返回包含键"
        "“汉字”“字母”“数字”“空白”“其他”的字典：汉字指 U+4E00 到 U+9FFF，字母和数字只算英文字母与 0-9，"
        "空白为空格、换行等空白字符。",
        "逐字符分类，按顺序判断汉字、英文字母、数字、空白，都不是就归入“其他”。",
        """\
def char_type_stats(text: str) -> dict[str, int]:
    stats = {"汉字": 0, "字母": 0, "数字": 0, "空白": 0, "其他": 0}
    for ch in text:
        if "\\u4e00" <= ch <= "\\u9fff":
            stats["汉字"] += 1
        elif ch.isascii() and ch.isalpha():
            stats["字母"] += 1
        elif ch in "0123456789":
            stats["数字"] += 1
        elif ch.isspace():
            stats["空白"] += 1
        else:
            stats["其他"] += 1
    return stats
""",
        [
            'assert char_type_stats("Hi 你好 123!") == {"汉字": 2, "字母": 2, "数字": 3, "空白": 2, "其他": 1}',
            'assert char_type_stats("") == {"汉字": 0, "字母": 0, "数字": 0, "空白": 0, "其他": 0}',
            'assert char_type_stats("中文，\\n") == {"汉字": 2, "字母": 0, "数字": 0, "空白": 1, "其他": 1}',
        ],
    ),
    _task(
        "perfect_shuffle", "simulation", "perfect_shuffle_rounds",
        "完美洗牌：把 n 张牌（n 为正偶数）平分成上下两半，然后从上半叠的第一张开始，两叠交替各取一张合成新的一叠"
        "（原来最上面的牌仍在最上面）。用Python编写 `perfect_shuffle_rounds(n: int) -> int`，"
        "返回至少要这样洗几次，牌的顺序才会第一次回到初始状态。",
        "直接模拟：用 zip 把上下两半交错合并，重复洗牌直到与初始顺序相同，并记录次数。",
        """\
def perfect_shuffle_rounds(n: int) -> int:
    start = list(range(n))
    deck = start
    rounds = 0
    while True:
        deck = [card for pair in zip(deck[: n // 2], deck[n // 2 :]) for card in pair]
        rounds += 1
        if deck == start:
            return rounds
""",
        [
            "assert perfect_shuffle_rounds(52) == 8",
            "assert perfect_shuffle_rounds(2) == 1",
            "assert perfect_shuffle_rounds(4) == 2",
            "assert perfect_shuffle_rounds(6) == 4",
            "assert perfect_shuffle_rounds(10) == 6",
        ],
    ),
    _task(
        "plate", "validation", "is_restricted",
        "某城市工作日按车牌尾号限行：星期一限 1 和 6，星期二限 2 和 7，星期三限 3 和 8，星期四限 4 和 9，星期五限 5 和 0，"
        "周末不限行；车牌最后一位是字母时按 0 处理。用Python编写 `is_restricted(plate: str, weekday: int) -> bool`，"
        "weekday 取 1-7 表示星期一到星期日。",
        "取最后一位（字母记为0），工作日时尾号与星期几对5取余相同即限行。",
        """\
def is_restricted(plate: str, weekday: int) -> bool:
    if weekday > 5:
        return False
    last = plate[-1]
    digit = int(last) if last.isdigit() else 0
    return digit % 5 == weekday % 5
""",
        [
            'assert is_restricted("京A12346", 1) == True',
            'assert is_restricted("京A12346", 2) == False',
            'assert is_restricted("京B1234X", 5) == True',
            'assert is_restricted("沪C55555", 6) == False',
            'assert is_restricted("京N99999", 4) == True',
        ],
    ),
    _task(
        "mobile", "validation", "valid_cn_mobile",
        "用Python编写函数 `valid_cn_mobile(s: str) -> bool`，校验中国大陆手机号：去掉空格和连字符后，可带 \"+86\" 前缀，"
        "其余部分必须是 11 位数字，第一位为 1，第二位为 3 到 9。",
        "先去掉空格、连字符和可选的 +86 前缀，再用一个正则表达式整体匹配11位号码的格式。",
        """\
import re

MOBILE = re.compile(r"1[3-9]\\d{9}")


def valid_cn_mobile(s: str) -> bool:
    number = s.replace(" ", "").replace("-", "").removeprefix("+86")
    return MOBILE.fullmatch(number) is not None
""",
        [
            'assert valid_cn_mobile("13812345678") == True',
            'assert valid_cn_mobile("138 1234 5678") == True',
            'assert valid_cn_mobile("+86 13812345678") == True',
            'assert valid_cn_mobile("12812345678") == False',
            'assert valid_cn_mobile("1381234567") == False',
            'assert valid_cn_mobile("1381234567a") == False',
        ],
    ),
    _task(
        "express", "billing", "express_fee",
        "快递计费规则：首重 1 公斤 12 元，超出部分每公斤 3 元（不足 1 公斤按 1 公斤计），发往偏远地区总价翻倍，"
        "重量不大于 0 时运费为 0。用Python实现 `express_fee(weight_g: int, remote: bool) -> int`，重量单位为克。",
        "把克数向上取整成公斤数，首公斤按12元、其余按每公斤3元计算，偏远地区乘以2。",
        """\
def express_fee(weight_g: int, remote: bool) -> int:
    if weight_g <= 0:
        return 0
    kilograms = -(-weight_g // 1000)
    fee = 12 + 3 * (kilograms - 1)
    return fee * 2 if remote else fee
""",
        [
            "assert express_fee(500, False) == 12",
            "assert express_fee(1000, False) == 12",
            "assert express_fee(1001, False) == 15",
            "assert express_fee(3500, False) == 21",
            "assert express_fee(2000, True) == 30",
            "assert express_fee(0, True) == 0",
        ],
    ),
    _task(
        "member_points", "billing", "member_points",
        "商场会员积分规则：每笔消费每满 10 元积 1 分，单笔消费满 500 元时该笔积分翻倍。用Python编写 "
        "`member_points(amounts: list[float]) -> int`，返回一组消费记录的总积分。",
        "每笔金额整除10得到基础积分，金额达到500时乘以2，最后求和。",
        """\
def member_points(amounts: list[float]) -> int:
    total = 0
    for amount in amounts:
        points = int(amount // 10)
        total += points * 2 if amount >= 500 else points
    return total
""",
        [
            "assert member_points([99, 500, 10.5]) == 110",
            "assert member_points([]) == 0",
            "assert member_points([9.99]) == 0",
            "assert member_points([1000]) == 200",
        ],
    ),
    _task(
        "race", "simulation", "tortoise_hare",
        "龟兔赛跑：赛程 distance 米，兔子每分钟跑 hare_speed 米，跑到 nap_at 米处睡 nap_minutes 分钟后继续跑"
        "（nap_at 不小于 distance 时兔子不睡觉）；乌龟每分钟爬 tortoise_speed 米，从不停下。所有参数都是正整数。"
        "用Python编写 `tortoise_hare(distance, hare_speed, tortoise_speed, nap_at, nap_minutes) -> str`，"
        "返回“兔子”“乌龟”或“平局”。",
        "分别算出两者到达终点所用的时间，兔子要加上睡觉时间；用 Fraction 精确比较，避免浮点误差导致误判平局。",
        """\
from fractions import Fraction


def tortoise_hare(
    distance: int, hare_speed: int, tortoise_speed: int, nap_at: int, nap_minutes: int
) -> str:
    hare = Fraction(distance, hare_speed) + (nap_minutes if nap_at < distance else 0)
    tortoise = Fraction(distance, tortoise_speed)
    if hare < tortoise:
        return "兔子"
    if tortoise < hare:
        return "乌龟"
    return "平局"
""",
        [
            'assert tortoise_hare(100, 10, 1, 50, 100) == "乌龟"',
            'assert tortoise_hare(100, 10, 1, 50, 80) == "兔子"',
            'assert tortoise_hare(100, 10, 1, 50, 90) == "平局"',
            'assert tortoise_hare(100, 10, 1, 100, 1000) == "兔子"',
            'assert tortoise_hare(60, 6, 2, 30, 20) == "平局"',
        ],
    ),
    _task(
        "card_mask", "utilities", "mask_card_number",
        "显示银行卡号时需要脱敏：去掉空格后，保留前 6 位和后 4 位，中间每一位都替换成 '*'；去掉空格后不超过 10 位的卡号原样返回。"
        "请用Python实现 `mask_card_number(card: str) -> str`。",
        "先去掉空格，位数足够时把中间部分换成等长的星号，用切片拼接首尾。",
        """\
def mask_card_number(card: str) -> str:
    digits = card.replace(" ", "")
    if len(digits) <= 10:
        return digits
    return digits[:6] + "*" * (len(digits) - 10) + digits[-4:]
""",
        [
            'assert mask_card_number("6222021234567890123") == "622202*********0123"',
            'assert mask_card_number("6222 0212 3456 7890") == "622202******7890"',
            'assert mask_card_number("1234567890") == "1234567890"',
            'assert mask_card_number("62220212345678901") == "622202*******8901"',
        ],
    ),
    _task(
        "idiom_chain", "text", "idiom_chain_ok",
        "成语接龙要求后一个成语的第一个字与前一个成语的最后一个字相同。用Python编写 `idiom_chain_ok(idioms: list[str]) -> bool`，"
        "判断给定的成语序列是否接龙成功（空列表或只有一个成语时返回 True）。",
        "把相邻的两个成语配对，逐对比较前一个的末字与后一个的首字。",
        """\
def idiom_chain_ok(idioms: list[str]) -> bool:
    return all(prev[-1] == nxt[0] for prev, nxt in zip(idioms, idioms[1:]))
""",
        [
            'assert idiom_chain_ok(["一心一意", "意气风发", "发扬光大"]) == True',
            'assert idiom_chain_ok(["一心一意", "气壮山河"]) == False',
            "assert idiom_chain_ok([]) == True",
            'assert idiom_chain_ok(["画蛇添足"]) == True',
        ],
    ),
    _task(
        "palindrome_dates", "calendar", "palindrome_dates",
        "把日期写成 8 位数字 \"YYYYMMDD\"，正读反读都一样的日期称为回文日期。用Python实现 "
        "`palindrome_dates(year: int) -> list[str]`，按时间顺序返回某一年（1000-9999）中所有回文日期的 8 位字符串。",
        "回文日期的月日完全由年份决定（年份倒过来就是 MMDD），所以只需构造这一个候选，再用 datetime 检查它是否是真实存在的日期。",
        """\
from datetime import date


def palindrome_dates(year: int) -> list[str]:
    text = str(year)
    candidate = text + text[::-1]
    try:
        date(year, int(candidate[4:6]), int(candidate[6:]))
    except ValueError:
        return []
    return [candidate]
""",
        [
            'assert palindrome_dates(2020) == ["20200202"]',
            'assert palindrome_dates(2021) == ["20211202"]',
            "assert palindrome_dates(2022) == []",
            'assert palindrome_dates(2011) == ["20111102"]',
            'assert palindrome_dates(2030) == ["20300302"]',
        ],
    ),
]

# Alternate the languages so any prefix of the list is balanced.
_INTERLEAVED = [task for task in chain.from_iterable(zip_longest(_CHINESE, _ENGLISH)) if task is not None]
TASKS = [{**task, "task_id": f"heldout/{i}"} for i, task in enumerate(_INTERLEAVED)]
