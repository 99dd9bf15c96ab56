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
0 72.7803
1 46.3784
EOD
$shift4_4 << EOD
0 66.352
1 44.6725
EOD
$shift5_5 << EOD
0 70.7355
1 41.9336
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "unet" at 1.06,18.0179 left textcolor rgb '#009E73'
set label "zeus" at 1.06,41.9336 left textcolor rgb '#56B4E9'
set label "causal_sam_llm" at 1.06,49.4336 left textcolor rgb '#D55E00'
set label "sam_decoder" at 1.06,56.9336 left textcolor rgb '#CC79A7'
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
0 75.9015
1 0.0573434
EOD
$shift4_4 << EOD
0 76.3804
1 0.116124
EOD
$shift5_5 << EOD
0 71.7789
1 0.149762
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "sam_decoder" at 1.06,7.5000 left textcolor rgb '#CC79A7'
set label "causal_sam_llm" at 1.06,15.0000 left textcolor rgb '#D55E00'
set label "zeus" at 1.06,22.5000 left textcolor rgb '#56B4E9'
set label "unet" at 1.06,30.0000 left textcolor rgb '#009E73'
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
0 4.29898
1 3.40125
EOD
$shift4_4 << EOD
0 4.29115
1 3.90025
EOD
$shift5_5 << EOD
0 4.54157
1 3.48977
EOD
set label "sam_decoder" at 1.06,3.4012 left textcolor rgb '#CC79A7'
set label "zeus" at 1.06,10.9012 left textcolor rgb '#56B4E9'
set label "causal_sam_llm" at 1.06,18.4012 left textcolor rgb '#D55E00'
set label "intensity" at 1.06,25.9012 left textcolor rgb '#E69F00'
set label "unet" at 1.06,33.4012 left textcolor rgb '#009E73'
set label "atlas" at 1.06,40.9012 left textcolor rgb '#0072B2'
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
0 72.7803
1 7.37069
EOD
$shift4_4 << EOD
0 66.352
1 12.9964
EOD
$shift5_5 << EOD
0 70.7355
1 3.50062
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "zeus" at 1.06,7.5000 left textcolor rgb '#56B4E9'
set label "unet" at 1.06,15.0000 left textcolor rgb '#009E73'
set label "sam_decoder" at 1.06,22.5000 left textcolor rgb '#CC79A7'
set label "causal_sam_llm" at 1.06,30.0000 left textcolor rgb '#D55E00'
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
0 5.14677
1 5.15759
EOD
$shift4_4 << EOD
0 0
1 0
EOD
$shift5_5 << EOD
0 4.34729
1 4.13578
EOD
set label "causal_sam_llm" at 1.06,2.5000 left textcolor rgb '#D55E00'
set label "zeus" at 1.06,7.5000 left textcolor rgb '#56B4E9'
set label "sam_decoder" at 1.06,15.0000 left textcolor rgb '#CC79A7'
set label "unet" at 1.06,22.5000 left textcolor rgb '#009E73'
set label "intensity" at 1.06,30.0000 left textcolor rgb '#E69F00'
set label "atlas" at 1.06,37.5000 left textcolor rgb '#0072B2'
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
0 9.62677
1 8.15603
EOD
$shift4_4 << EOD
0 4.21194
1 4.19886
EOD
$shift5_5 << EOD
0 4.19506
1 4.1915
EOD
set label "zeus" at 1.06,4.1915 left textcolor rgb '#56B4E9'
set label "causal_sam_llm" at 1.06,11.6915 left textcolor rgb '#D55E00'
set label "sam_decoder" at 1.06,19.1915 left textcolor rgb '#CC79A7'
set label "unet" at 1.06,26.6915 left textcolor rgb '#009E73'
set label "intensity" at 1.06,34.1915 left textcolor rgb '#E69F00'
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
0 72.7803
1 70.0216
EOD
$shift4_4 << EOD
0 66.352
1 67.5663
EOD
$shift5_5 << EOD
0 70.7355
1 66.6936
EOD
set label "intensity" at 1.06,9.1652 left textcolor rgb '#E69F00'
set label "unet" at 1.06,45.0420 left textcolor rgb '#009E73'
set label "zeus" at 1.06,66.6936 left textcolor rgb '#56B4E9'
set label "causal_sam_llm" at 1.06,74.1936 left textcolor rgb '#D55E00'
set label "atlas" at 1.06,81.6936 left textcolor rgb '#0072B2'
set label "sam_decoder" at 1.06,89.1936 left textcolor rgb '#CC79A7'
set title "BTCV → CHAOS T2-SPIR"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_btcv_core4" 0, "OOD\nfewshot5_btcvct_to_chaost2" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle
unset label
unset multiplot
