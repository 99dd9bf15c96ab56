set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
$blobs << EOD
0 1 4 0
1 2 2.88998 2
1 3 0.657267 2
1 4 0.995992 2
1 5 1.17983 2
1 6 1.03537 2
1 7 1.93907 2
2 2 1.73897 6
2 3 3.60222 6
3 2 2.15035 1
3 3 1.60997 1
3 4 2.79714 1
3 5 0.979796 1
4 4 2.6803 4
4 5 2.96917 4
5 5 2.19818 5
5 6 3.33227 5
5 7 0.252982 5
6 6 1.95551 3
6 7 3.48941 3
EOD
$centres << EOD
0 1 1 1
1 2 2 7
2 3 2 3
3 4 2 5
4 5 4 5
5 6 5 6
6 7 6 7
EOD
set xrange [-0.6:6.6]
set yrange [7.6:0.4]
set xtics ("atlas" 0, "unet" 1, "causal_sam_llm +1 round" 2, "intensity" 3, "causal_sam_llm" 4, "zeus" 5, "sam_decoder" 6) scale 0 rotate by 30 right
set ytics 1
set title "xmod_amosct_to_amosmr"
set ylabel 'Rank'
set palette defined (0 '#0072B2', 1 '#E69F00', 2 '#009E73', 3 '#CC79A7', 4 '#D55E00', 5 '#56B4E9', 6 '#000000')
set cbrange [0:6]
unset colorbox
plot $blobs using 1:2:3:4 with points pt 7 ps variable lc palette notitle, \
     $centres using 1:2:3:4 with yerrorbars pt 2 ps 1.2 lc rgb 'black' lw 1 notitle
