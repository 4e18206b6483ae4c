"""Task banks the starter data files are built from (``python tools/build_data.py``).

* ``train_zh`` / ``train_en`` -- training tasks with Chinese / English prompts; each goes to one of the SFT,
  RM and PPO files (``build_data.split_bank``).
* ``eval_heldout`` -- held-out evaluation tasks, never used for training.

Each module exposes ``TASKS``, a list of dicts: ``id``, ``category``, ``prompt``, ``entry_point``,
``explanation``, ``solution`` (clean code), ``tests`` (assert strings); training tasks also have
``poor_style`` (correct but poor style or slow) and ``partly_wrong`` (compiles, passes some tests);
held-out tasks have a ``task_id`` such as ``heldout/0``.
"""
