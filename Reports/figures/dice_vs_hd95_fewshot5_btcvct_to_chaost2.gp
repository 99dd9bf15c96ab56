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
0.0334616 102.42
9.57163 53.2816
6.8157 54.5469
20.2561 45.3717
EOD
$scatter2 << EOD
9.70177 123.527
86.758 9
89.8251 9
95.6107 3.2
EOD
$scatter3 << EOD
27.3731 151.431
50.0568 163.982
79.4335 131.777
90.8068 169.893
EOD
$scatter4 << EOD
27.525 60.4318
31.1494 23.2766
80.4688 112.865
69.4558 76.3071
EOD
$scatter5 << EOD
33.9107 120.143
46.2981 22.3177
25.1418 105.726
68.1863 51.2158
EOD
$scatter6 << EOD
36.0836 35.1869
74.2833 13.5425
63.9594 100.063
77.7022 47.9533
EOD
$scatter7 << EOD
33.9161 120.148
44.3 22.3177
41.163 108.628
68.3217 51.232
EOD
set xlabel 'Dice (%)'
set ylabel 'HD95 (mm)'
set xrange [-2:100]
set yrange [0:*]
set grid xtics
set key outside top center horizontal samplen 1
plot $scatter0 using 1:2 with points pt 7 ps 0.8 lc rgb '#0072B2' title "atlas", $scatter1 using 1:2 with points pt 7 ps 0.8 lc rgb '#E69F00' title "intensity", $scatter2 using 1:2 with points pt 7 ps 0.8 lc rgb '#009E73' title "unet", $scatter3 using 1:2 with points pt 7 ps 0.8 lc rgb '#CC79A7' title "unet_style", $scatter4 using 1:2 with points pt 7 ps 0.8 lc rgb '#D55E00' title "sam_decoder", $scatter5 using 1:2 with points pt 7 ps 0.8 lc rgb '#56B4E9' title "causal_sam_llm", $scatter6 using 1:2 with points pt 7 ps 0.8 lc rgb '#000000' title "zeus", $scatter7 using 1:2 with points pt 7 ps 0.8 lc rgb '#0072B2' title "causal_sam_llm +1 round"
