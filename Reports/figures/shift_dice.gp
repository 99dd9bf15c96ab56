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
0 92.5207
1 0
EOD
$shift2_2 << EOD
0 38.2195
1 18.0179
EOD
$shift3_3 << EOD
0 68.5133
1 46.7024
EOD
$shift4_4 << EOD
0 75.6246
1 44.5714
EOD
$shift5_5 << EOD
0 68.6959
1 40.6501
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "unet" at 1.06,18.0179 left textcolor rgb '#009E73'
set label "zeus" at 1.06,40.6501 left textcolor rgb '#56B4E9'
set label "causal_sam_llm" at 1.06,48.1501 left textcolor rgb '#D55E00'
set label "sam_decoder" at 1.06,55.6501 left textcolor rgb '#CC79A7'
set label "atlas" at 1.06,66.2661 left textcolor rgb '#0072B2'
set title "BTCV → CHAOS T2-SPIR"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_btcv_core4" 0, "OOD\nxmod_btcvct_to_chaost2" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle
unset label
$shift0_0 << EOD
0 71.7709
1 52.4948
EOD
$shift1_1 << EOD
0 62.3155
1 0
EOD
$shift2_2 << EOD
0 43.3652
1 2.22052
EOD
$shift3_3 << EOD
0 76.9903
1 0.0831993
EOD
$shift4_4 << EOD
0 75.3179
1 2.38569
EOD
$shift5_5 << EOD
0 74.4959
1 0.00217467
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "zeus" at 1.06,7.5000 left textcolor rgb '#56B4E9'
set label "sam_decoder" at 1.06,15.0000 left textcolor rgb '#CC79A7'
set label "unet" at 1.06,22.5000 left textcolor rgb '#009E73'
set label "causal_sam_llm" at 1.06,30.0000 left textcolor rgb '#D55E00'
set label "atlas" at 1.06,52.4948 left textcolor rgb '#0072B2'
set title "CHAOS T2-SPIR → BTCV"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_chaost2" 0, "OOD\nxmod_chaost2_to_btcvct" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle
unset label
$shift0_0 << EOD
0 40.4287
1 39.2532
EOD
$shift1_1 << EOD
0 25.5871
1 4.06414
EOD
$shift2_2 << EOD
0 17.4757
1 4.31481
EOD
$shift3_3 << EOD
0 6.23728
1 7.65538
EOD
$shift4_4 << EOD
0 8.69242
1 9.55893
EOD
$shift5_5 << EOD
0 8.81342
1 7.45078
EOD
set label "intensity" at 1.06,4.0641 left textcolor rgb '#E69F00'
set label "unet" at 1.06,11.5641 left textcolor rgb '#009E73'
set label "zeus" at 1.06,19.0641 left textcolor rgb '#56B4E9'
set label "sam_decoder" at 1.06,26.5641 left textcolor rgb '#CC79A7'
set label "causal_sam_llm" at 1.06,34.0641 left textcolor rgb '#D55E00'
set label "atlas" at 1.06,41.5641 left textcolor rgb '#0072B2'
set title "AMOS CT → AMOS MR"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_amosct" 0, "OOD\nxmod_amosct_to_amosmr" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle
unset label
$shift0_0 << EOD
0 73.3884
1 68.4535
EOD
$shift1_1 << EOD
0 92.5207
1 0
EOD
$shift2_2 << EOD
0 38.2195
1 4.69658
EOD
$shift3_3 << EOD
0 68.5133
1 7.76987
EOD
$shift4_4 << EOD
0 75.6246
1 5.13725
EOD
$shift5_5 << EOD
0 68.6959
1 6.02937
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "unet" at 1.06,7.5000 left textcolor rgb '#009E73'
set label "causal_sam_llm" at 1.06,15.0000 left textcolor rgb '#D55E00'
set label "zeus" at 1.06,22.5000 left textcolor rgb '#56B4E9'
set label "sam_decoder" at 1.06,30.0000 left textcolor rgb '#CC79A7'
set label "atlas" at 1.06,68.4535 left textcolor rgb '#0072B2'
set title "BTCV → CHAOS T1-in-phase or T1-opposed-phase"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_btcv_core4" 0, "OOD\nxmod_ct_to_chaost1" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle
unset label
$shift0_0 << EOD
0 41.0724
1 37.2168
EOD
$shift1_1 << EOD
0 54.1233
1 25.8141
EOD
$shift2_2 << EOD
0 13.1455
1 12.7564
EOD
$shift3_3 << EOD
0 4.65654
1 5.05978
EOD
$shift4_4 << EOD
0 4.34152
1 4.08538
EOD
$shift5_5 << EOD
0 4.32595
1 4.09914
EOD
set label "causal_sam_llm" at 1.06,4.0854 left textcolor rgb '#D55E00'
set label "zeus" at 1.06,11.5854 left textcolor rgb '#56B4E9'
set label "sam_decoder" at 1.06,19.0854 left textcolor rgb '#CC79A7'
set label "unet" at 1.06,26.5854 left textcolor rgb '#009E73'
set label "intensity" at 1.06,34.0854 left textcolor rgb '#E69F00'
set label "atlas" at 1.06,41.5854 left textcolor rgb '#0072B2'
set title "AMOS CT Aquilion ONE → AMOS CT not Aquilion ONE"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_amos_aquilion" 0, "OOD\nxscan_amos_ct_aquilion" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle
unset label
$shift0_0 << EOD
0 44.2583
1 42.248
EOD
$shift1_1 << EOD
0 50.3041
1 33.8355
EOD
$shift2_2 << EOD
0 18.1153
1 19.0802
EOD
$shift3_3 << EOD
0 10.9616
1 10.5991
EOD
$shift4_4 << EOD
0 3.5602
1 3.57053
EOD
$shift5_5 << EOD
0 4.20055
1 4.1949
EOD
set label "causal_sam_llm" at 1.06,3.5705 left textcolor rgb '#D55E00'
set label "zeus" at 1.06,11.0705 left textcolor rgb '#56B4E9'
set label "sam_decoder" at 1.06,18.5705 left textcolor rgb '#CC79A7'
set label "unet" at 1.06,26.0705 left textcolor rgb '#009E73'
set label "intensity" at 1.06,33.8355 left textcolor rgb '#E69F00'
set label "atlas" at 1.06,42.2480 left textcolor rgb '#0072B2'
set title "BTCV → AMOS CT"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_btcv" 0, "OOD\nxsite_btcv_to_amosct" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle
unset label
$shift0_0 << EOD
0 73.3884
1 69.1684
EOD
$shift1_1 << EOD
0 92.5207
1 9.16525
EOD
$shift2_2 << EOD
0 38.2195
1 45.042
EOD
$shift3_3 << EOD
0 68.5133
1 67.0232
EOD
$shift4_4 << EOD
0 75.6246
1 62.5648
EOD
$shift5_5 << EOD
0 68.6959
1 61.5545
EOD
set label "intensity" at 1.06,9.1652 left textcolor rgb '#E69F00'
set label "unet" at 1.06,45.0420 left textcolor rgb '#009E73'
set label "zeus" at 1.06,61.5545 left textcolor rgb '#56B4E9'
set label "causal_sam_llm" at 1.06,69.0545 left textcolor rgb '#D55E00'
set label "sam_decoder" at 1.06,76.5545 left textcolor rgb '#CC79A7'
set label "atlas" at 1.06,84.0545 left textcolor rgb '#0072B2'
set title "BTCV → CHAOS T2-SPIR"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_btcv_core4" 0, "OOD\nfewshot5_btcvct_to_chaost2" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle
unset label
unset multiplot
