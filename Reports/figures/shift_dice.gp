set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
set multiplot layout 3,3
$shift0_0 << EOD
0 73.3884
1 66.2661
EOD
$shift1_1 << EOD
0 92.6949
1 0
EOD
$shift2_2 << EOD
0 93.9184
1 12.1985
EOD
$shift3_3 << EOD
0 85.3917
1 39.2512
EOD
$shift4_4 << EOD
0 97.2135
1 22.5071
EOD
$shift5_5 << EOD
0 97.3146
1 29.576
EOD
$shift6_6 << EOD
0 97.2327
1 21.6774
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "unet" at 1.06,12.1985 left textcolor rgb '#009E73'
set label "zeus" at 1.06,21.6774 left textcolor rgb '#000000'
set label "sam_decoder" at 1.06,29.1774 left textcolor rgb '#D55E00'
set label "causal_sam_llm" at 1.06,36.6774 left textcolor rgb '#56B4E9'
set label "unet_style" at 1.06,44.1774 left textcolor rgb '#CC79A7'
set label "atlas" at 1.06,66.2661 left textcolor rgb '#0072B2'
set title "BTCV → CHAOS T2-SPIR"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_btcv_core4" 0, "OOD\nxmod_btcvct_to_chaost2" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle, $shift6_6 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#000000' notitle
unset label
$shift0_0 << EOD
0 71.7709
1 52.4948
EOD
$shift1_1 << EOD
0 62.191
1 0
EOD
$shift2_2 << EOD
0 92.0265
1 27.7016
EOD
$shift3_3 << EOD
0 89.884
1 44.8775
EOD
$shift4_4 << EOD
0 89.3302
1 33.8658
EOD
$shift5_5 << EOD
0 90.6128
1 33.7066
EOD
$shift6_6 << EOD
0 85.7729
1 28.5952
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "unet" at 1.06,27.7016 left textcolor rgb '#009E73'
set label "zeus" at 1.06,35.2016 left textcolor rgb '#000000'
set label "causal_sam_llm" at 1.06,42.7016 left textcolor rgb '#56B4E9'
set label "sam_decoder" at 1.06,50.2016 left textcolor rgb '#D55E00'
set label "unet_style" at 1.06,57.7016 left textcolor rgb '#CC79A7'
set label "atlas" at 1.06,65.2016 left textcolor rgb '#0072B2'
set title "CHAOS T2-SPIR → BTCV"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_chaost2" 0, "OOD\nxmod_chaost2_to_btcvct" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle, $shift6_6 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#000000' notitle
unset label
$shift0_0 << EOD
0 40.4287
1 39.2532
EOD
$shift1_1 << EOD
0 27.3081
1 4.18695
EOD
$shift2_2 << EOD
0 72.5953
1 10.2045
EOD
$shift3_3 << EOD
0 51.0938
1 2.2195
EOD
$shift4_4 << EOD
0 77.4852
1 0.151012
EOD
$shift5_5 << EOD
0 82.5668
1 1.11759
EOD
$shift6_6 << EOD
0 81.5342
1 0.0500021
EOD
set label "zeus" at 1.06,2.5000 left textcolor rgb '#000000'
set label "sam_decoder" at 1.06,7.5500 left textcolor rgb '#D55E00'
set label "causal_sam_llm" at 1.06,15.0500 left textcolor rgb '#56B4E9'
set label "unet_style" at 1.06,22.5500 left textcolor rgb '#CC79A7'
set label "intensity" at 1.06,30.0500 left textcolor rgb '#E69F00'
set label "unet" at 1.06,37.5500 left textcolor rgb '#009E73'
set label "atlas" at 1.06,45.0500 left textcolor rgb '#0072B2'
set title "AMOS CT → AMOS MR"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_amosct" 0, "OOD\nxmod_amosct_to_amosmr" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle, $shift6_6 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#000000' notitle
unset label
$shift0_0 << EOD
0 73.3884
1 68.4535
EOD
$shift1_1 << EOD
0 92.6949
1 0
EOD
$shift2_2 << EOD
0 93.9184
1 16.5615
EOD
$shift3_3 << EOD
0 85.3917
1 12.9547
EOD
$shift4_4 << EOD
0 97.2135
1 2.08722
EOD
$shift5_5 << EOD
0 97.3146
1 6.06587
EOD
$shift6_6 << EOD
0 97.2327
1 2.17124
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "sam_decoder" at 1.06,7.5000 left textcolor rgb '#D55E00'
set label "zeus" at 1.06,15.0000 left textcolor rgb '#000000'
set label "causal_sam_llm" at 1.06,22.5000 left textcolor rgb '#56B4E9'
set label "unet_style" at 1.06,30.0000 left textcolor rgb '#CC79A7'
set label "unet" at 1.06,37.5000 left textcolor rgb '#009E73'
set label "atlas" at 1.06,68.4535 left textcolor rgb '#0072B2'
set title "BTCV → CHAOS T1-in-phase or T1-opposed-phase"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_btcv_core4" 0, "OOD\nxmod_ct_to_chaost1" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle, $shift6_6 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#000000' notitle
unset label
$shift0_0 << EOD
0 41.0724
1 37.2168
EOD
$shift1_1 << EOD
0 47.544
1 25.5255
EOD
$shift2_2 << EOD
0 76.8378
1 70.9865
EOD
$shift3_3 << EOD
0 60.5776
1 55.9219
EOD
$shift4_4 << EOD
0 86.1275
1 79.8133
EOD
$shift5_5 << EOD
0 87.9356
1 79.3837
EOD
$shift6_6 << EOD
0 90.1873
1 81.064
EOD
set label "intensity" at 1.06,25.5255 left textcolor rgb '#E69F00'
set label "atlas" at 1.06,37.2168 left textcolor rgb '#0072B2'
set label "unet_style" at 1.06,55.9219 left textcolor rgb '#CC79A7'
set label "unet" at 1.06,70.9865 left textcolor rgb '#009E73'
set label "causal_sam_llm" at 1.06,79.3837 left textcolor rgb '#56B4E9'
set label "sam_decoder" at 1.06,86.8837 left textcolor rgb '#D55E00'
set label "zeus" at 1.06,94.3837 left textcolor rgb '#000000'
set title "AMOS CT Aquilion ONE → AMOS CT not Aquilion ONE"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_amos_aquilion" 0, "OOD\nxscan_amos_ct_aquilion" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle, $shift6_6 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#000000' notitle
unset label
$shift0_0 << EOD
0 44.2583
1 42.248
EOD
$shift1_1 << EOD
0 45.9506
1 32.2721
EOD
$shift2_2 << EOD
0 82.3164
1 80.9252
EOD
$shift3_3 << EOD
0 54.0988
1 50.6213
EOD
$shift4_4 << EOD
0 83.8548
1 85.4095
EOD
$shift5_5 << EOD
0 84.4245
1 84.3995
EOD
$shift6_6 << EOD
0 82.4857
1 84.7107
EOD
set label "intensity" at 1.06,32.2721 left textcolor rgb '#E69F00'
set label "atlas" at 1.06,42.2480 left textcolor rgb '#0072B2'
set label "unet_style" at 1.06,50.6213 left textcolor rgb '#CC79A7'
set label "unet" at 1.06,80.9252 left textcolor rgb '#009E73'
set label "causal_sam_llm" at 1.06,88.4252 left textcolor rgb '#56B4E9'
set label "zeus" at 1.06,95.9252 left textcolor rgb '#000000'
set label "sam_decoder" at 1.06,103.4252 left textcolor rgb '#D55E00'
set title "BTCV → AMOS CT"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_btcv" 0, "OOD\nxsite_btcv_to_amosct" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle, $shift6_6 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#000000' notitle
unset label
$shift0_0 << EOD
0 73.3884
1 69.1684
EOD
$shift1_1 << EOD
0 92.6949
1 9.16923
EOD
$shift2_2 << EOD
0 93.9184
1 83.808
EOD
$shift3_3 << EOD
0 85.3917
1 72.6911
EOD
$shift4_4 << EOD
0 97.2135
1 62.623
EOD
$shift5_5 << EOD
0 97.3146
1 50.0835
EOD
$shift6_6 << EOD
0 97.2327
1 74.1403
EOD
set label "intensity" at 1.06,9.1692 left textcolor rgb '#E69F00'
set label "causal_sam_llm" at 1.06,50.0835 left textcolor rgb '#56B4E9'
set label "sam_decoder" at 1.06,62.6230 left textcolor rgb '#D55E00'
set label "atlas" at 1.06,70.1230 left textcolor rgb '#0072B2'
set label "unet_style" at 1.06,77.6230 left textcolor rgb '#CC79A7'
set label "zeus" at 1.06,85.1230 left textcolor rgb '#000000'
set label "unet" at 1.06,92.6230 left textcolor rgb '#009E73'
set title "BTCV → CHAOS T2-SPIR"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_btcv_core4" 0, "OOD\nfewshot5_btcvct_to_chaost2" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle, $shift6_6 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#000000' notitle
unset label
unset multiplot
