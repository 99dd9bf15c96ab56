set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
set multiplot layout 1,7
$shift0_0 << EOD
0 73.3884
1 66.2661
EOD
$shift1_1 << EOD
0 90.5698
1 0
EOD
$shift2_2 << EOD
0 50.3103
1 13.4945
EOD
$shift3_3 << EOD
0 28.038
1 48.7324
EOD
$shift4_4 << EOD
0 12.5822
1 48.5853
EOD
$shift5_5 << EOD
0 12.5904
1 35.4647
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "unet" at 1.06,13.4945 left textcolor rgb '#009E73'
set label "zeus" at 1.06,35.4647 left textcolor rgb '#56B4E9'
set label "causal_sam_llm" at 1.06,48.5853 left textcolor rgb '#D55E00'
set label "sam_decoder" at 1.06,56.0853 left textcolor rgb '#CC79A7'
set label "atlas" at 1.06,66.2661 left textcolor rgb '#0072B2'
set title "BTCV → CHAOS T2-SPIR"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_btcv" 0, "OOD\nxmod_btcvct_to_chaost2" 1) scale 0
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
0 45.3134
1 2.99894
EOD
$shift3_3 << EOD
0 77.9361
1 0.0675293
EOD
$shift4_4 << EOD
0 77.3635
1 2.04897
EOD
$shift5_5 << EOD
0 76.2548
1 3.39158
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "sam_decoder" at 1.06,7.5000 left textcolor rgb '#CC79A7'
set label "causal_sam_llm" at 1.06,15.0000 left textcolor rgb '#D55E00'
set label "unet" at 1.06,22.5000 left textcolor rgb '#009E73'
set label "zeus" at 1.06,30.0000 left textcolor rgb '#56B4E9'
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
0 17.0111
1 0.618084
EOD
$shift3_3 << EOD
0 4.30996
1 4.33211
EOD
$shift4_4 << EOD
0 8.03116
1 9.30343
EOD
$shift5_5 << EOD
0 8.15193
1 7.07702
EOD
set label "unet" at 1.06,2.5000 left textcolor rgb '#009E73'
set label "intensity" at 1.06,8.1181 left textcolor rgb '#E69F00'
set label "sam_decoder" at 1.06,15.6181 left textcolor rgb '#CC79A7'
set label "zeus" at 1.06,23.1181 left textcolor rgb '#56B4E9'
set label "causal_sam_llm" at 1.06,30.6181 left textcolor rgb '#D55E00'
set label "atlas" at 1.06,39.2532 left textcolor rgb '#0072B2'
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
0 90.5698
1 0
EOD
$shift2_2 << EOD
0 50.3103
1 4.65568
EOD
$shift3_3 << EOD
0 28.038
1 4.92548
EOD
$shift4_4 << EOD
0 12.5822
1 6.3618
EOD
$shift5_5 << EOD
0 12.5904
1 10.2793
EOD
set label "intensity" at 1.06,2.5000 left textcolor rgb '#E69F00'
set label "unet" at 1.06,7.5000 left textcolor rgb '#009E73'
set label "sam_decoder" at 1.06,15.0000 left textcolor rgb '#CC79A7'
set label "causal_sam_llm" at 1.06,22.5000 left textcolor rgb '#D55E00'
set label "zeus" at 1.06,30.0000 left textcolor rgb '#56B4E9'
set label "atlas" at 1.06,68.4535 left textcolor rgb '#0072B2'
set title "BTCV → CHAOS T1-in-phase T1-opposed-phase"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_btcv" 0, "OOD\nxmod_ct_to_chaost1" 1) scale 0
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
0 15.196
1 15.2095
EOD
$shift3_3 << EOD
0 8.38022
1 7.06136
EOD
$shift4_4 << EOD
0 4.30453
1 4.27712
EOD
$shift5_5 << EOD
0 4.34369
1 4.12189
EOD
set label "zeus" at 1.06,4.1219 left textcolor rgb '#56B4E9'
set label "causal_sam_llm" at 1.06,11.6219 left textcolor rgb '#D55E00'
set label "sam_decoder" at 1.06,19.1219 left textcolor rgb '#CC79A7'
set label "unet" at 1.06,26.6219 left textcolor rgb '#009E73'
set label "intensity" at 1.06,34.1219 left textcolor rgb '#E69F00'
set label "atlas" at 1.06,41.6219 left textcolor rgb '#0072B2'
set title "AMOS CT Aquilion ONE → AMOS CT Aquilion ONE"
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
0 16.7701
1 17.0588
EOD
$shift3_3 << EOD
0 10.6463
1 10.3505
EOD
$shift4_4 << EOD
0 4.19406
1 4.18618
EOD
$shift5_5 << EOD
0 4.19679
1 4.18683
EOD
set label "causal_sam_llm" at 1.06,4.1862 left textcolor rgb '#D55E00'
set label "zeus" at 1.06,11.6862 left textcolor rgb '#56B4E9'
set label "sam_decoder" at 1.06,19.1862 left textcolor rgb '#CC79A7'
set label "unet" at 1.06,26.6862 left textcolor rgb '#009E73'
set label "intensity" at 1.06,34.1862 left textcolor rgb '#E69F00'
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
0 90.5698
1 9.16525
EOD
$shift2_2 << EOD
0 50.3103
1 48.4355
EOD
$shift3_3 << EOD
0 28.038
1 71.8909
EOD
$shift4_4 << EOD
0 12.5822
1 71.2791
EOD
$shift5_5 << EOD
0 12.5904
1 65.3886
EOD
set label "intensity" at 1.06,9.1652 left textcolor rgb '#E69F00'
set label "unet" at 1.06,48.4355 left textcolor rgb '#009E73'
set label "zeus" at 1.06,65.3886 left textcolor rgb '#56B4E9'
set label "atlas" at 1.06,72.8886 left textcolor rgb '#0072B2'
set label "causal_sam_llm" at 1.06,80.3886 left textcolor rgb '#D55E00'
set label "sam_decoder" at 1.06,87.8886 left textcolor rgb '#CC79A7'
set title "BTCV → CHAOS T2-SPIR"
set bmargin 4
set xrange [-0.15:1.966]
set xtics ("ID\nid_btcv" 0, "OOD\nfewshot5_btcvct_to_chaost2" 1) scale 0
set ylabel "Mean Dice (%) ↑"
set yrange [0:100]
plot $shift0_0 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#0072B2' notitle, $shift1_1 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#E69F00' notitle, $shift2_2 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#009E73' notitle, $shift3_3 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#CC79A7' notitle, $shift4_4 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#D55E00' notitle, $shift5_5 using 1:2 with linespoints pt 7 ps 0.8 lw 1.5 lc rgb '#56B4E9' notitle
unset label
unset multiplot
