set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.35 77.5543 75.8225 79.2481
0.65 68.1823 63.3486 73.3509
1.65 63.2323 57.4209 68.7842
2.65 64.8453 57.5196 71.1716
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
-0.15 63.7944 57.0064 70.8937
0.85 2.45143 0.963145 4.1372
1.85 0 0 0
2.85 0 0 0
EOD
set label '0' at first 1.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 2.8500, graph 0.05 center textcolor rgb '#009E73' font ',7'
$bars3 << EOD
-0.05 36.5366 32.9622 40.5839
0.95 0.748389 0.0796686 1.72997
1.95 14.5133 11.6157 17.1219
2.95 0.020475 0 0.0614251
EOD
set label '0' at first 2.9500, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.05 7.24052 0.596063 15.6101
1.05 1.07034 0.308444 1.97509
2.05 0.0380215 0 0.0914617
3.05 0 0 0
EOD
set label '0' at first 2.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 3.0500, graph 0.05 center textcolor rgb '#D55E00' font ',7'
$bars5 << EOD
0.15 23.8532 14.967 34.3309
1.15 0.410305 0.0248663 0.871815
2.15 0 0 0
3.15 0 0 0
EOD
set label '0' at first 1.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 2.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 3.1500, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
$bars6 << EOD
0.25 8.37386 0.344983 18.5847
1.25 0.311111 0.0169205 0.721541
2.25 0 0 0
3.25 0 0 0
EOD
set label '0' at first 1.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 2.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 3.2500, graph 0.05 center textcolor rgb '#000000' font ',7'
$bars7 << EOD
0.35 22.6502 14.5532 31.9631
1.35 13.2881 4.40422 23.8215
2.35 0 0 0
3.35 0 0 0
EOD
set label '0' at first 2.3500, graph 0.05 center textcolor rgb '#882255' font ',7'
set label '0' at first 3.3500, graph 0.05 center textcolor rgb '#882255' font ',7'
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
