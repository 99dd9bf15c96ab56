set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$bars0 << EOD
-0.342857 67.8689 64.6516 70.8824
0.657143 55.4259 51.7192 59.1707
1.65714 36.4875 30.3983 41.9054
2.65714 50.197 46.415 54.2525
EOD
$bars1 << EOD
-0.228571 0 0 0
0.771429 0 0 0
1.77143 0 0 0
2.77143 0 0 0
EOD
set label '0' at first -0.2286, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 0.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 1.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
set label '0' at first 2.7714, graph 0.05 center textcolor rgb '#E69F00' font ',7'
$bars2 << EOD
-0.114286 8.8821 4.68535 13.8445
0.885714 0 0 0
1.88571 0 0 0
2.88571 0 0 0
EOD
set label '0' at first 0.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 1.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
set label '0' at first 2.8857, graph 0.05 center textcolor rgb '#009E73' font ',7'
$bars3 << EOD
0 0 0 0
1 0 0 0
2 0.229374 0.0116673 0.589512
3 0 0 0
EOD
set label '0' at first 0.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 1.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 2.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
set label '0' at first 3.0000, graph 0.05 center textcolor rgb '#CC79A7' font ',7'
$bars4 << EOD
0.114286 0 0 0
1.11429 0 0 0
2.11429 0.0679427 0 0.18634
3.11429 0.396555 0 1.15244
EOD
set label '0' at first 0.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 1.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 2.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
set label '0' at first 3.1143, graph 0.05 center textcolor rgb '#D55E00' font ',7'
$bars5 << EOD
0.228571 0 0 0
1.22857 0 0 0
2.22857 0.599047 0 1.64061
3.22857 0 0 0
EOD
set label '0' at first 0.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 1.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
set label '0' at first 3.2286, graph 0.05 center textcolor rgb '#56B4E9' font ',7'
$bars6 << EOD
0.342857 39.287 35.6324 43.0125
1.34286 0 0 0
2.34286 0.0679427 0 0.18634
3.34286 0.396555 0 1.15244
EOD
set label '0' at first 1.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 2.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set label '0' at first 3.3429, graph 0.05 center textcolor rgb '#000000' font ',7'
set boxwidth 0.10285714285714287 absolute
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
     $bars3 using 1:2 with boxes fs solid 0.75 lc rgb '#CC79A7' title "sam_decoder", \
     $bars3 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars4 using 1:2 with boxes fs solid 0.75 lc rgb '#D55E00' title "causal_sam_llm", \
     $bars4 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars5 using 1:2 with boxes fs solid 0.75 lc rgb '#56B4E9' title "zeus", \
     $bars5 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle, \
     $bars6 using 1:2 with boxes fs solid 0.75 lc rgb '#000000' title "causal_sam_llm +1 round", \
     $bars6 using 1:3:(0):($4 - $3) with vectors heads size screen 0.008,90 lc rgb '#333333' lw 0.8 notitle
