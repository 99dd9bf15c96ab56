set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$scatter0 << EOD
84.5205 12.764
81.0559 9
37.7135 21.2047
73.3835 10.0737
EOD
$scatter1 << EOD
0.0167448 102.42
9.5724 53.296
6.8157 54.5469
20.2561 45.3717
EOD
$scatter2 << EOD
52.9755 109.507
59.1072 108
61.7958 85.179
19.8635 70.4
EOD
$scatter3 << EOD
64.9948 108
72.9139 69.0718
76.6777 63
72.9773 63.3848
EOD
$scatter4 << EOD
63.8495 54
72.5724 66.3903
71.6453 63.6106
77.0492 54.7533
EOD
$scatter5 << EOD
59.5192 108.473
61.8328 108
75.3875 63
64.8148 54.9353
EOD
$scatter6 << EOD
69.3397 108
72.5724 66.3903
71.6453 63.6106
77.0492 54.7533
EOD
set xlabel 'Dice (%)'
set ylabel 'HD95 (mm)'
set xrange [-2:100]
set yrange [0:*]
set grid xtics
set key outside top center horizontal samplen 1
plot $scatter0 using 1:2 with points pt 7 ps 0.8 lc rgb '#0072B2' title "atlas", $scatter1 using 1:2 with points pt 7 ps 0.8 lc rgb '#E69F00' title "intensity", $scatter2 using 1:2 with points pt 7 ps 0.8 lc rgb '#009E73' title "unet", $scatter3 using 1:2 with points pt 7 ps 0.8 lc rgb '#CC79A7' title "sam_decoder", $scatter4 using 1:2 with points pt 7 ps 0.8 lc rgb '#D55E00' title "causal_sam_llm", $scatter5 using 1:2 with points pt 7 ps 0.8 lc rgb '#56B4E9' title "zeus", $scatter6 using 1:2 with points pt 7 ps 0.8 lc rgb '#000000' title "causal_sam_llm +1 round"
