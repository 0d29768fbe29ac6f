# args: -m func_type
(int, *str, **dict) -> List[int]
