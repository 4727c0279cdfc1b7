# Jumps over long bodies (jump offsets above 255 need EXTENDED_ARG).
def long_branches(flag):
    out = []
    if flag:
        out.append(0 * 2 if flag > 0 else -1)
        out.append(1 * 2 if flag > 1 else -1)
        out.append(2 * 2 if flag > 2 else -1)
        out.append(3 * 2 if flag > 3 else -1)
        out.append(4 * 2 if flag > 4 else -1)
        out.append(5 * 2 if flag > 5 else -1)
        out.append(6 * 2 if flag > 6 else -1)
        out.append(7 * 2 if flag > 7 else -1)
        out.append(8 * 2 if flag > 8 else -1)
        out.append(9 * 2 if flag > 9 else -1)
        out.append(10 * 2 if flag > 10 else -1)
        out.append(11 * 2 if flag > 11 else -1)
        out.append(12 * 2 if flag > 12 else -1)
        out.append(13 * 2 if flag > 13 else -1)
        out.append(14 * 2 if flag > 14 else -1)
        out.append(15 * 2 if flag > 15 else -1)
        out.append(16 * 2 if flag > 16 else -1)
        out.append(17 * 2 if flag > 17 else -1)
        out.append(18 * 2 if flag > 18 else -1)
        out.append(19 * 2 if flag > 19 else -1)
        out.append(20 * 2 if flag > 20 else -1)
        out.append(21 * 2 if flag > 21 else -1)
        out.append(22 * 2 if flag > 22 else -1)
        out.append(23 * 2 if flag > 23 else -1)
        out.append(24 * 2 if flag > 24 else -1)
        out.append(25 * 2 if flag > 25 else -1)
        out.append(26 * 2 if flag > 26 else -1)
        out.append(27 * 2 if flag > 27 else -1)
        out.append(28 * 2 if flag > 28 else -1)
        out.append(29 * 2 if flag > 29 else -1)
        out.append(30 * 2 if flag > 30 else -1)
        out.append(31 * 2 if flag > 31 else -1)
        out.append(32 * 2 if flag > 32 else -1)
        out.append(33 * 2 if flag > 33 else -1)
        out.append(34 * 2 if flag > 34 else -1)
        out.append(35 * 2 if flag > 35 else -1)
        out.append(36 * 2 if flag > 36 else -1)
        out.append(37 * 2 if flag > 37 else -1)
        out.append(38 * 2 if flag > 38 else -1)
        out.append(39 * 2 if flag > 39 else -1)
        out.append(40 * 2 if flag > 40 else -1)
        out.append(41 * 2 if flag > 41 else -1)
        out.append(42 * 2 if flag > 42 else -1)
        out.append(43 * 2 if flag > 43 else -1)
        out.append(44 * 2 if flag > 44 else -1)
        out.append(45 * 2 if flag > 45 else -1)
        out.append(46 * 2 if flag > 46 else -1)
        out.append(47 * 2 if flag > 47 else -1)
        out.append(48 * 2 if flag > 48 else -1)
        out.append(49 * 2 if flag > 49 else -1)
        out.append(50 * 2 if flag > 50 else -1)
        out.append(51 * 2 if flag > 51 else -1)
        out.append(52 * 2 if flag > 52 else -1)
        out.append(53 * 2 if flag > 53 else -1)
        out.append(54 * 2 if flag > 54 else -1)
        out.append(55 * 2 if flag > 55 else -1)
        out.append(56 * 2 if flag > 56 else -1)
        out.append(57 * 2 if flag > 57 else -1)
        out.append(58 * 2 if flag > 58 else -1)
        out.append(59 * 2 if flag > 59 else -1)
        out.append(60 * 2 if flag > 60 else -1)
        out.append(61 * 2 if flag > 61 else -1)
        out.append(62 * 2 if flag > 62 else -1)
        out.append(63 * 2 if flag > 63 else -1)
        out.append(64 * 2 if flag > 64 else -1)
        out.append(65 * 2 if flag > 65 else -1)
        out.append(66 * 2 if flag > 66 else -1)
        out.append(67 * 2 if flag > 67 else -1)
        out.append(68 * 2 if flag > 68 else -1)
        out.append(69 * 2 if flag > 69 else -1)
        out.append(70 * 2 if flag > 70 else -1)
        out.append(71 * 2 if flag > 71 else -1)
        out.append(72 * 2 if flag > 72 else -1)
        out.append(73 * 2 if flag > 73 else -1)
        out.append(74 * 2 if flag > 74 else -1)
        out.append(75 * 2 if flag > 75 else -1)
        out.append(76 * 2 if flag > 76 else -1)
        out.append(77 * 2 if flag > 77 else -1)
        out.append(78 * 2 if flag > 78 else -1)
        out.append(79 * 2 if flag > 79 else -1)
        out.append(80 * 2 if flag > 80 else -1)
        out.append(81 * 2 if flag > 81 else -1)
        out.append(82 * 2 if flag > 82 else -1)
        out.append(83 * 2 if flag > 83 else -1)
        out.append(84 * 2 if flag > 84 else -1)
        out.append(85 * 2 if flag > 85 else -1)
        out.append(86 * 2 if flag > 86 else -1)
        out.append(87 * 2 if flag > 87 else -1)
        out.append(88 * 2 if flag > 88 else -1)
        out.append(89 * 2 if flag > 89 else -1)
        out.append(90 * 2 if flag > 90 else -1)
        out.append(91 * 2 if flag > 91 else -1)
        out.append(92 * 2 if flag > 92 else -1)
        out.append(93 * 2 if flag > 93 else -1)
        out.append(94 * 2 if flag > 94 else -1)
        out.append(95 * 2 if flag > 95 else -1)
        out.append(96 * 2 if flag > 96 else -1)
        out.append(97 * 2 if flag > 97 else -1)
        out.append(98 * 2 if flag > 98 else -1)
        out.append(99 * 2 if flag > 99 else -1)
        out.append(100 * 2 if flag > 100 else -1)
        out.append(101 * 2 if flag > 101 else -1)
        out.append(102 * 2 if flag > 102 else -1)
        out.append(103 * 2 if flag > 103 else -1)
        out.append(104 * 2 if flag > 104 else -1)
        out.append(105 * 2 if flag > 105 else -1)
        out.append(106 * 2 if flag > 106 else -1)
        out.append(107 * 2 if flag > 107 else -1)
        out.append(108 * 2 if flag > 108 else -1)
        out.append(109 * 2 if flag > 109 else -1)
        out.append(110 * 2 if flag > 110 else -1)
        out.append(111 * 2 if flag > 111 else -1)
        out.append(112 * 2 if flag > 112 else -1)
        out.append(113 * 2 if flag > 113 else -1)
        out.append(114 * 2 if flag > 114 else -1)
        out.append(115 * 2 if flag > 115 else -1)
        out.append(116 * 2 if flag > 116 else -1)
        out.append(117 * 2 if flag > 117 else -1)
        out.append(118 * 2 if flag > 118 else -1)
        out.append(119 * 2 if flag > 119 else -1)
        out.append(120 * 2 if flag > 120 else -1)
        out.append(121 * 2 if flag > 121 else -1)
        out.append(122 * 2 if flag > 122 else -1)
        out.append(123 * 2 if flag > 123 else -1)
        out.append(124 * 2 if flag > 124 else -1)
        out.append(125 * 2 if flag > 125 else -1)
        out.append(126 * 2 if flag > 126 else -1)
        out.append(127 * 2 if flag > 127 else -1)
        out.append(128 * 2 if flag > 128 else -1)
        out.append(129 * 2 if flag > 129 else -1)
        out.append(130 * 2 if flag > 130 else -1)
        out.append(131 * 2 if flag > 131 else -1)
        out.append(132 * 2 if flag > 132 else -1)
        out.append(133 * 2 if flag > 133 else -1)
        out.append(134 * 2 if flag > 134 else -1)
        out.append(135 * 2 if flag > 135 else -1)
        out.append(136 * 2 if flag > 136 else -1)
        out.append(137 * 2 if flag > 137 else -1)
        out.append(138 * 2 if flag > 138 else -1)
        out.append(139 * 2 if flag > 139 else -1)
        out.append(140 * 2 if flag > 140 else -1)
        out.append(141 * 2 if flag > 141 else -1)
        out.append(142 * 2 if flag > 142 else -1)
        out.append(143 * 2 if flag > 143 else -1)
        out.append(144 * 2 if flag > 144 else -1)
        out.append(145 * 2 if flag > 145 else -1)
        out.append(146 * 2 if flag > 146 else -1)
        out.append(147 * 2 if flag > 147 else -1)
        out.append(148 * 2 if flag > 148 else -1)
        out.append(149 * 2 if flag > 149 else -1)
    else:
        out.append('else branch')
    i = 0
    while i < 3:
        i += 1
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
        i += 0
    return len(out), out[:3], out[-2:], i


print(long_branches(1000), long_branches(0), long_branches(100))
