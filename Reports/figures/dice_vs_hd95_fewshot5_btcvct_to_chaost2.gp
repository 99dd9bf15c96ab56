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
51.0102 109.226
47.7368 108
62.475 63.5507
18.9458 71.0378
EOD
$scatter3 << EOD
58.3727 108
76.5024 67.2616
72.6328 63.0812
72.5786 72
EOD
$scatter4 << EOD
59.4064 108.803
67.6511 108.052
69.4847 63.405
73.7232 54.472
EOD
$scatter5 << EOD
65.21 90.284
72.0096 63.0019
70.0741 63.675
59.4808 54.5142
EOD
$scatter6 << EOD
57.3846 108.615
67.6511 108.052
69.4444 63.405
73.7232 54.472
EOD
set xlabel 'Dice (%)'
set ylabel 'HD95 (mm)'
set xrange [-2:100]
set yrange [0:*]
set grid xtics
set key outside top center horizontal samplen 1
plot $scatter0 using 1:2 with points pt 7 ps 0.8 lc rgb '#0072B2' title "atlas", $scatter1 using 1:2 with points pt 7 ps 0.8 lc rgb '#E69F00' title "intensity", $scatter2 using 1:2 with points pt 7 ps 0.8 lc rgb '#009E73' title "unet", $scatter3 using 1:2 with points pt 7 ps 0.8 lc rgb '#CC79A7' title "sam_decoder", $scatter4 using 1:2 with points pt 7 ps 0.8 lc rgb '#D55E00' title "causal_sam_llm", $scatter5 using 1:2 with points pt 7 ps 0.8 lc rgb '#56B4E9' title "zeus", $scatter6 using 1:2 with points pt 7 ps 0.8 lc rgb '#000000' title "causal_sam_llm +1 round"
