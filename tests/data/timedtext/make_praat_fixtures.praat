# Generated the praat_*.TextGrid fixtures with Praat 6.3.07 (Debian 12): praat --run make_praat_fixtures.praat
tg = Create TextGrid: 0, 2.5, "words phones bell", "bell"
Insert boundary: 1, 0.5
Insert boundary: 1, 1.25
Set interval text: 1, 2, "hello ""quoted"" world"
Set interval text: 1, 3, "second"
Insert boundary: 2, 0.75
Set interval text: 2, 1, "h"
Insert point: 3, 1.1, "ding"
Insert point: 3, 2.0, ""
Save as text file: "praat_long.TextGrid"
Save as short text file: "praat_short.TextGrid"
Set interval text: 1, 3, "你好世界"
Save as text file: "praat_utf16be.TextGrid"
tg = Create TextGrid: 0, 7200, "t", ""
Insert boundary: 1, 0.00001
Insert boundary: 1, 1/3
Insert boundary: 1, 3600.0000015
Set interval text: 1, 1, "tiny"
Set interval text: 1, 2, "third"
Set interval text: 1, 3, "hour"
Save as short text file: "praat_precision.TextGrid"
