set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.35 78.83 76.1036 81.7346
0.65 66.7977 59.7737 74.0591
1.65 48.9281 39.2114 58.5812
2.65 70.5087 65.8766 75.1557
EOD
$bars1 << EOD
-0.25 0 0 0
0.75 0 0 0
1.75 0 0 0
2.75 0 0 0
EOD
set label '0' at first -0.2500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 0.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 1.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 2.7500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
$bars2 << EOD
-0.15 3.82718 0.285154 9.29691
0.85 0 0 0
1.85 31.9193 26.214 36.8269
2.85 27.3411 18.6863 40.2384
EOD
set label '0' at first 0.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
$bars3 << EOD
-0.05 19.9678 10.8483 28.6999
0.95 0 0 0
1.95 67.7644 57.063 79.1207
2.95 60.8877 54.32 66.8294
EOD
set label '0' at first 0.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.05 24.9728 14.5937 33.2252
1.05 5.9247 0.228563 12.8654
2.05 29.2873 18.2269 38.7138
3.05 39.7239 32.1445 48.6208
EOD
$bars5 << EOD
0.15 29.6497 17.4633 38.9642
1.15 4.19385 0.143121 9.27991
2.15 32.8914 22.2039 43.6682
3.15 38.2218 30.9992 46.5729
EOD
$bars6 << EOD
0.25 26.9665 15.6316 37.2974
1.25 0 0 0
2.25 48.8886 25.2558 70.9049
3.25 25.7455 18.1116 32.3498
EOD
set label '0' at first 1.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
$bars7 << EOD
0.35 28.8595 16.6868 38.2978
1.35 3.11839 0.0697673 8.05733
2.35 32.8914 22.2039 43.6682
3.35 38.1901 31.0477 46.4615
EOD
set boxwidth 0.09000000000000001 absolute
set xrange [-0.6:3.6]
set xtics ("liver" 0, "spleen" 1, "right kidney" 2, "left kidney" 3) scale 0 rotate by 30 right
set ylabel "Mean Dice (%) ↑"
set yrange [0:105]
set key outside right top vertical Left reverse samplen 1.5
plot $bars0 using 1:2 with boxes fs solid 0.75 lc rgb '#0072B2' title "atlas", \
     $bars0 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars1 using 1:2 with boxes fs solid 0.75 lc rgb '#E69F00' title "intensity", \
     $bars1 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars2 using 1:2 with boxes fs solid 0.75 lc rgb '#009E73' title "unet", \
     $bars2 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars3 using 1:2 with boxes fs solid 0.75 lc rgb '#CC79A7' title "unet_style", \
     $bars3 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars4 using 1:2 with boxes fs solid 0.75 lc rgb '#D55E00' title "sam_decoder", \
     $bars4 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars5 using 1:2 with boxes fs solid 0.75 lc rgb '#56B4E9' title "causal_sam_llm", \
     $bars5 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars6 using 1:2 with boxes fs solid 0.75 lc rgb '#000000' title "zeus", \
     $bars6 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars7 using 1:2 with boxes fs solid 0.75 lc rgb '#0072B2' title "causal_sam_llm +1 round", \
     $bars7 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle
