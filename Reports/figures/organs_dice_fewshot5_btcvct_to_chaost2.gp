set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.35 84.5205 NaN NaN
0.65 81.0559 NaN NaN
1.65 37.7135 NaN NaN
2.65 73.3835 NaN NaN
EOD
$bars1 << EOD
-0.25 0.0334616 NaN NaN
0.75 9.57163 NaN NaN
1.75 6.8157 NaN NaN
2.75 20.2561 NaN NaN
EOD
set label '0' at first -0.2500, graph 0.05 center textcolor rgb '#E69F00' font ',7'
$bars2 << EOD
-0.15 57.3767 NaN NaN
0.85 93.2625 NaN NaN
1.85 90.8054 NaN NaN
2.85 93.7874 NaN NaN
EOD
$bars3 << EOD
-0.05 32.8758 NaN NaN
0.95 82.3975 NaN NaN
1.95 84.6276 NaN NaN
2.95 90.8635 NaN NaN
EOD
$bars4 << EOD
0.05 11.9139 NaN NaN
1.05 76.3006 NaN NaN
2.05 82.9344 NaN NaN
3.05 79.3433 NaN NaN
EOD
$bars5 << EOD
0.15 24.3685 NaN NaN
1.15 63.3303 NaN NaN
2.15 41.2762 NaN NaN
3.15 71.3589 NaN NaN
EOD
$bars6 << EOD
0.25 37.9522 NaN NaN
1.25 85.325 NaN NaN
2.25 84.6214 NaN NaN
3.25 88.6624 NaN NaN
EOD
$bars7 << EOD
0.35 50.6486 NaN NaN
1.35 63.3257 NaN NaN
2.35 41.3174 NaN NaN
3.35 71.3838 NaN NaN
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
     $bars7 using 1:2 with boxes fs solid 0.75 lc rgb '#882255' title "causal_sam_llm +1 round", \
     $bars7 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle
