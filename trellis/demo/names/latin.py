"""Naming traditions written in Latin letters: the Western Balkans, Slovenia, Türkiye, Hungary
and Moldova."""

from trellis.demo.names.tradition import NameTradition, split

TRADITIONS = (
    NameTradition(
        code="me",
        male=split("Marko Nikola Vuk Dragan Miloš Luka Petar Danilo Igor Željko Branko"),
        female=split(
            "Jelena Milena Ana Dragana Maja Ivana Sanja Tijana Milica Vesna Bojana Marija"
        ),
        surnames=split(
            "Vujović Radulović Bulatović Popović Vuković Perović Šćekić Dragović Radonjić "
            "Ivanović Lakić Bošković Kaluđerović Mijović Raičević Đurović"
        ),
    ),
    NameTradition(
        code="sq",
        male=split(
            "Arben Besnik Ilir Gentian Erion Artan Fatmir Dritan Blerim Agron Ermal Klodian "
            "Valon Bujar Edmond Shpëtim"
        ),
        female=split(
            "Elona Mirela Anila Entela Jonida Blerta Arta Vjosa Drita Albana Teuta Fatjona "
            "Valbona Ledia Besa Ornela"
        ),
        surnames=split(
            "Hoxha Shehu Krasniqi Gashi Berisha Leka Dervishi Kola Çela Marku Muça Gjoka "
            "Bytyqi Morina Rexhepi Hasani Dushku Xhafa Basha Kelmendi Shala Zeka Osmani "
            "Ahmeti"
        ),
    ),
    NameTradition(
        code="hr",
        male=split(
            "Ivan Marko Tomislav Damir Goran Krešimir Davor Hrvoje Ante Mario Zoran Dario "
            "Igor Josip Luka Domagoj"
        ),
        female=split(
            "Ivana Marija Ana Jelena Maja Snježana Sanja Kristina Petra Martina Vesna Andrea "
            "Dubravka Tea Lidija Mirjana"
        ),
        surnames=split(
            "Horvat Kovačević Babić Marić Jurić Novak Kovačić Knežević Vuković Marković "
            "Petrović Matić Tomić Pavlović Božić Blažević Grgić Perić Radić Šarić Lovrić "
            "Vidović Jukić Galić"
        ),
    ),
    NameTradition(
        code="bs",
        male=split(
            "Emir Adnan Amir Mirza Haris Kenan Nedim Senad Edin Jasmin Almir Dženan Elvir Samir"
        ),
        female=split(
            "Amra Lejla Selma Aida Emina Alma Jasmina Amela Azra Mirela Sabina Merima "
            "Nermina Dženana"
        ),
        surnames=split(
            "Hodžić Hadžić Begić Delić Mehmedović Kovačević Halilović Hasanović Omerović "
            "Salihović Ibrahimović Mujić Husić Suljić Alić Karić Šehić Bešlić Dedić Softić"
        ),
    ),
    NameTradition(
        code="sl",
        male=split(
            "Matej Gregor Andrej Marko Tomaž Janez Luka Rok Aleš Boštjan Primož Blaž Jure Uroš"
        ),
        female=split(
            "Maja Mojca Petra Nina Špela Tanja Katja Barbara Urška Nataša Alenka Tina Irena Polona"
        ),
        surnames=split(
            "Novak Horvat Krajnc Kovačič Zupančič Potočnik Kovač Mlakar Kos Vidmar Golob "
            "Turk Božič Kralj Zupan Bizjak Hribar Kotnik Rozman Oblak"
        ),
    ),
    NameTradition(
        code="tr",
        male=split(
            "Mehmet Ahmet Mustafa Ali Hüseyin Murat Emre Burak Serkan Hakan Selim Kemal Onur "
            "Can Tolga Oğuz"
        ),
        female=split(
            "Ayşe Fatma Zeynep Elif Emine Merve Esra Selin Gülşen Deniz Ebru Aylin Pınar "
            "Seda Özlem Burcu"
        ),
        surnames=split(
            "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan "
            "Kılıç Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Erdem Güneş Aksoy"
        ),
    ),
    NameTradition(
        code="hu",
        male=split(
            "László István Zoltán Gábor Péter Attila Tamás Balázs András Csaba Ferenc Gergely"
        ),
        female=split(
            "Katalin Erzsébet Zsuzsanna Anikó Ildikó Krisztina Eszter Judit Réka Andrea Nóra Ágnes"
        ),
        surnames=split(
            "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp "
            "Takács Juhász Lakatos Mészáros Simon Fekete"
        ),
        surname_first=True,
    ),
    NameTradition(
        code="ro",
        male=split(
            "Ion Vasile Andrei Alexandru Sergiu Victor Igor Mihai Dumitru Nicolae Vitalie "
            "Octavian Radu Veaceslav Eugen Ghenadie"
        ),
        female=split(
            "Maria Elena Ana Natalia Tatiana Olga Diana Cristina Irina Ludmila Aurelia "
            "Corina Lilia Svetlana Doina Mariana"
        ),
        surnames=split(
            "Ciobanu Rusu Ceban Popa Lungu Munteanu Cojocaru Rotaru Moraru Sârbu Bălan Guțu "
            "Cebotari Țurcanu Grosu Melnic Botnaru Cazacu Roșca Lupu Ursu"
        ),
    ),
)
