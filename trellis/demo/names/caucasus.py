"""Naming traditions of the South Caucasus: Georgian in its own script, Armenian and Azerbaijani
in Latin letters."""

from trellis.demo.names.tradition import AZERBAIJANI, NameTradition, split

TRADITIONS = (
    NameTradition(
        code="ka",
        male=split(
            "გიორგი დავით ლევან ნიკოლოზ ირაკლი ზურაბ ალექსანდრე გოჩა თამაზ ლაშა ბესიკ "
            "მამუკა დიმიტრი ვახტანგ"
        ),
        female=split(
            "ნინო თამარ მარიამ ეკატერინე ნათია ქეთევან სალომე ანა მაია ხატია ნანა ლიკა თეონა ელენე"
        ),
        surnames=split(
            "ბერიძე კაპანაძე გელაშვილი მაისურაძე ლომიძე ჯაფარიძე ხარაიშვილი გოგიჩაიშვილი "
            "ნოზაძე ჩხეიძე წიკლაური ტაბატაძე კვარაცხელია ბაქრაძე მამულაშვილი ქავთარაძე "
            "ჯანელიძე სამხარაძე ხუციშვილი დოლიძე"
        ),
        alphabet="ka",
    ),
    NameTradition(
        code="hy",
        male=split(
            "Armen Aram Tigran Vahe Davit Karen Artur Hovhannes Suren Gagik Levon Arsen Narek Ashot"
        ),
        female=split(
            "Anna Lilit Ani Mariam Gayane Anahit Nune Armine Lusine Shushan Hasmik Tatevik "
            "Siranush Naira"
        ),
        surnames=split(
            "Hakobyan Harutyunyan Sargsyan Grigoryan Petrosyan Hovhannisyan Vardanyan "
            "Khachatryan Karapetyan Gevorgyan Mkrtchyan Avetisyan Poghosyan Manukyan "
            "Ghazaryan Martirosyan Davtyan Abrahamyan"
        ),
    ),
    NameTradition(
        code="az",
        male=split(
            "Elçin Rəşad Orxan Tural Elnur Anar Kamran Fuad Ramil Vüqar Samir Emin Nicat Elvin"
        ),
        female=split(
            "Aygün Günel Leyla Nərgiz Səbinə Aysel Könül Sevinc Lalə Nigar Ülviyyə Gülnar "
            "Aytən Fidan"
        ),
        surnames=split(
            "Məmmədov Əliyev Həsənov Hüseynov Quliyev İsmayılov Abbasov Rzayev Cəfərov "
            "Babayev Mustafayev Nəsirov Kərimov Səfərov Orucov Vəliyev Qasımov Bağırov"
        ),
        feminine_endings=AZERBAIJANI,
    ),
)
