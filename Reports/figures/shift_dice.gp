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
1 15.7719
EOD
$shift3_3 << EOD
0 85.3917
1 37.155
EOD
$shift4_4 << EOD
0 95.745
1 24.9772
EOD
$shift5_5 << EOD
0 95.8399
1 26.2392
EOD
$shift6_6 << EOD
0 94.0269
1 25.4002
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "unet" at 1.06,15.7719 left textcolor rgb '#009E73'
set label "sam_decoder" at 1.06,24.9772 left textcolor rgb '#D55E00'
set label "zeus" at 1.06,32.4772 left textcolor rgb '#000000'
set label "causal_sam_llm" at 1.06,39.9772 left textcolor rgb '#56B4E9'
set label "unet_style" at 1.06,47.4772 left textcolor rgb '#CC79A7'
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
1 38.0338
EOD
$shift3_3 << EOD
0 89.884
1 39.2725
EOD
$shift4_4 << EOD
0 80.5645
1 38.0547
EOD
$shift5_5 << EOD
0 79.4213
1 28.9777
EOD
$shift6_6 << EOD
0 80.4618
1 16.5395
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "zeus" at 1.06,16.5395 left textcolor rgb '#000000'
set label "causal_sam_llm" at 1.06,28.9777 left textcolor rgb '#56B4E9'
set label "unet" at 1.06,38.0338 left textcolor rgb '#009E73'
set label "sam_decoder" at 1.06,45.5338 left textcolor rgb '#D55E00'
set label "unet_style" at 1.06,53.0338 left textcolor rgb '#CC79A7'
set label "atlas" at 1.06,60.5338 left textcolor rgb '#0072B2'
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
0 65.3369
1 11.5606
EOD
$shift3_3 << EOD
0 50.6135
1 6.65278
EOD
$shift4_4 << EOD
0 66.9902
1 0.131514
EOD
$shift5_5 << EOD
0 58.4628
1 0.189235
EOD
$shift6_6 << EOD
0 55.8919
1 0.0718634
EOD
set label "zeus" at 1.06,2.5000 left textcolor rgb '#000000'
set label "sam_decoder" at 1.06,7.5719 left textcolor rgb '#D55E00'
set label "causal_sam_llm" at 1.06,15.0719 left textcolor rgb '#56B4E9'
set label "intensity" at 1.06,22.5719 left textcolor rgb '#E69F00'
set label "unet_style" at 1.06,30.0719 left textcolor rgb '#CC79A7'
set label "unet" at 1.06,37.5719 left textcolor rgb '#009E73'
set label "atlas" at 1.06,45.0719 left textcolor rgb '#0072B2'
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
1 23.7277
EOD
$shift3_3 << EOD
0 85.3917
1 21.2545
EOD
$shift4_4 << EOD
0 95.745
1 12.9882
EOD
$shift5_5 << EOD
0 95.8399
1 13.3712
EOD
$shift6_6 << EOD
0 94.0269
1 7.77033
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "zeus" at 1.06,7.7703 left textcolor rgb '#000000'
set label "sam_decoder" at 1.06,15.2703 left textcolor rgb '#D55E00'
set label "causal_sam_llm" at 1.06,22.7703 left textcolor rgb '#56B4E9'
set label "unet_style" at 1.06,30.2703 left textcolor rgb '#CC79A7'
set label "unet" at 1.06,37.7703 left textcolor rgb '#009E73'
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
1 68.8066
EOD
$shift3_3 << EOD
0 60.5776
1 52.9242
EOD
$shift4_4 << EOD
0 78.8384
1 68.1211
EOD
$shift5_5 << EOD
0 75.9257
1 68.2238
EOD
$shift6_6 << EOD
0 52.2322
1 50.8085
EOD
set label "intensity" at 1.06,25.5255 left textcolor rgb '#E69F00'
set label "atlas" at 1.06,37.2168 left textcolor rgb '#0072B2'
set label "zeus" at 1.06,50.8085 left textcolor rgb '#000000'
set label "unet_style" at 1.06,58.3085 left textcolor rgb '#CC79A7'
set label "sam_decoder" at 1.06,68.1211 left textcolor rgb '#D55E00'
set label "causal_sam_llm" at 1.06,75.6211 left textcolor rgb '#56B4E9'
set label "unet" at 1.06,83.1211 left textcolor rgb '#009E73'
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
1 66.1797
EOD
$shift3_3 << EOD
0 54.0988
1 45.3528
EOD
$shift4_4 << EOD
0 71.3234
1 69.1801
EOD
$shift5_5 << EOD
0 76.9302
1 77.2529
EOD
$shift6_6 << EOD
0 47.2455
1 47.1278
EOD
set label "intensity" at 1.06,32.2721 left textcolor rgb '#E69F00'
set label "atlas" at 1.06,42.2480 left textcolor rgb '#0072B2'
set label "unet_style" at 1.06,49.7480 left textcolor rgb '#CC79A7'
set label "zeus" at 1.06,57.2480 left textcolor rgb '#000000'
set label "unet" at 1.06,66.1797 left textcolor rgb '#009E73'
set label "sam_decoder" at 1.06,73.6797 left textcolor rgb '#D55E00'
set label "causal_sam_llm" at 1.06,81.1797 left textcolor rgb '#56B4E9'
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
1 70.4739
EOD
$shift3_3 << EOD
0 85.3917
1 61.9176
EOD
$shift4_4 << EOD
0 95.745
1 52.1497
EOD
$shift5_5 << EOD
0 95.8399
1 43.3842
EOD
$shift6_6 << EOD
0 94.0269
1 63.0071
EOD
set label "intensity" at 1.06,9.1692 left textcolor rgb '#E69F00'
set label "causal_sam_llm" at 1.06,43.3842 left textcolor rgb '#56B4E9'
set label "sam_decoder" at 1.06,52.1497 left textcolor rgb '#D55E00'
set label "unet_style" at 1.06,61.9176 left textcolor rgb '#CC79A7'
set label "zeus" at 1.06,69.4176 left textcolor rgb '#000000'
set label "atlas" at 1.06,76.9176 left textcolor rgb '#0072B2'
set label "unet" at 1.06,84.4176 left textcolor rgb '#009E73'
set title "BTCV → CHAOS T2-SPIR"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_btcv_core4" 0, "OOD\nfewshot5_btcvct_to_chaost2" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle, $shift6_6 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#000000' notitle
unset label
unset multiplot
