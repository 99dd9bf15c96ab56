set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$points0 << EOD
84.5205 12.764
81.0559 9
37.7135 21.2047
73.3835 10.0737
EOD
$points1 << EOD
0.0334616 102.42
9.57163 53.2816
6.8157 54.5469
20.2561 45.3717
EOD
$points2 << EOD
57.3767 124.933
93.2625 4.52548
90.8054 9
93.7874 3.2
EOD
$points3 << EOD
32.8758 140.32
82.3975 36.7681
84.6276 9
90.8635 9
EOD
$points4 << EOD
11.9139 45.4452
76.3006 11.4978
82.9344 61.6936
79.3433 47.9533
EOD
$points5 << EOD
24.3685 48.097
63.3303 14.3108
41.2762 62.6565
71.3589 49.8311
EOD
$points6 << EOD
37.9522 38.4853
85.325 9.05097
84.6214 99.2354
88.6624 36.2056
EOD
$points7 << EOD
50.6486 127.377
63.3257 14.3108
41.3174 61.7649
71.3838 49.6971
EOD
set xlabel 'Dice (%)'
set ylabel 'HD95 (mm)'
set xrange [-2:100]
set yrange [0:*]
set grid xtics
set key outside top center horizontal samplen 1
plot $points0 using 1:2 with points pt 7 ps 0.8 lc rgb '#0072B2' title "atlas", $points1 using 1:2 with points pt 7 ps 0.8 lc rgb '#E69F00' title "intensity", $points2 using 1:2 with points pt 7 ps 0.8 lc rgb '#009E73' title "unet", $points3 using 1:2 with points pt 7 ps 0.8 lc rgb '#CC79A7' title "unet_style", $points4 using 1:2 with points pt 7 ps 0.8 lc rgb '#D55E00' title "sam_decoder", $points5 using 1:2 with points pt 7 ps 0.8 lc rgb '#56B4E9' title "causal_sam_llm", $points6 using 1:2 with points pt 7 ps 0.8 lc rgb '#000000' title "zeus", $points7 using 1:2 with points pt 7 ps 0.8 lc rgb '#882255' title "causal_sam_llm +1 round"

