package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.readout.core.CountryCode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** People as Russian writes them: names and titles in the case of their place, read to the nominative. */
class InflectedPersonFinderTest {

    private static final Lexicons RUSSIAN = Lexicons.load("ru", new LexiconExtension().snapshot());
    private static final InflectedPersonFinder FINDER = new InflectedPersonFinder(RUSSIAN);

    private static List<Mention> find(String text) {
        return FINDER.find(text, Tokenizer.tokens(text, 0, text.length()), 0);
    }

    @Test
    void aSurnameThatNeverDeclinesKeepsAnUnknownGivenNameAsWritten() {
        List<Mention> found = find("Министр принял верительные грамоты нового посла Японии Масаюки Ходо.");

        assertThat(found).extracting(Mention::name).containsExactly("Масаюки Ходо");
    }

    @Test
    void aNameEndingInAHardSignAndAVowelKeepsItsVowel() {
        List<Mention> found = find("Стороны подвели итоги визита заместителя министра Таджикистана Фаридуна Шаръа.");

        assertThat(found).extracting(Mention::name).containsExactly("Фаридун Шаръа");
    }

    @Test
    void aWomansAccusativeBeforeASurnameThatNeverDeclinesStillDeclines() {
        List<Mention> found = find("Президент принял верительные грамоты посла Финляндии Ринику Вяли.");

        assertThat(found).extracting(Mention::name).containsExactly("Риника Вяли");
    }

    @Test
    void aDeputyPrimeMinistersHyphenatedTitleIsATitle() {
        assertThat(find("Вице-премьер-министр Армении Тигран Акопян принял посла.")).singleElement().satisfies(m -> {
            assertThat(m.title()).hasValue("Вице-премьер-министр");
            assertThat(m.country()).contains(CountryCode.of("AM"));
        });
    }

    @Test
    void aTitleOfSixteenWordsStillReachesItsName() {
        List<Mention> found = find("Министр принял директора по делам стран Восточной Европы и Центральной Азии"
                + " Министерства иностранных дел Федеративной Республики Германия Клауса Майера.");

        assertThat(found).extracting(Mention::name, m -> m.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Клаус Майер", "DE"));
    }

    @Test
    void anOfficialListedAfterOneOfAGivenCountryIsOfItsDelegation() {
        List<Mention> found = find("Министр встретился с президентом Монголии Батбаяром Ганзоригом и главой МИД Оюун Болд.");

        assertThat(found).extracting(Mention::name, m -> m.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Батбаяр Ганзориг", "MN"), tuple("Оюун Болд", "MN"));
    }

    @Test
    void anOfficeOfThisCountryIsHeldForTheCountryNamedBeforeAndEndsThere() {
        List<Mention> mentions = find("В ходе визита в Норвегию он встретился с министром обороны этой страны,"
                + " председателем комитета Эйриком Сульхеймом.");

        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("Эйрик Сульхейм");
            assertThat(m.title()).contains("министр обороны");
            assertThat(m.country()).contains(CountryCode.of("NO"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Президенты", "Министры иностранных дел"})
    void theNamesAfterAPluralOfficeThatNoGenitiveSharesStayAsWritten(String office) {
        List<Mention> found = find(office + " Молдовы и Румынии Ион Русу и Мирча Попеску провели переговоры.");

        assertThat(found).extracting(Mention::name).containsExactly("Ион Русу", "Мирча Попеску");
    }

    @Test
    void aPluralOfficeInTheGenitiveGivesItsSingularBeforeNamesThatDoNotDecline() {
        List<Mention> found = find("Прошли переговоры президентов Франции и Бразилии Луи Моро и Жоао Силвы.");

        assertThat(found).extracting(Mention::name, m -> m.title().orElse("-"))
                .containsExactly(tuple("Луи Моро", "президент"), tuple("Жоао Силва", "президент"));
    }

    @Test
    void aGeneralsRankBeforeTheNameIsNoPartOfTheTitle() {
        List<Mention> found = find("Президент провел встречу с председателем Объединенного комитета начальников штабов генералом"
                + " Тариком Кадыром.");

        assertThat(found).extracting(Mention::name, m -> m.title().orElse("-"))
                .containsExactly(tuple("Тарик Кадыр", "председатель Объединенного комитета начальников штабов"));
    }

    @Test
    void aSpecialEnvoysAdjectiveIsPartOfTheTitle() {
        assertThat(find("Делегация во главе со специальным посланником Джоном Миллером прибыла в Ташкент."))
                .extracting(Mention::name, m -> m.title().orElse("-"))
                .containsExactly(tuple("Джон Миллер", "специальный посланник"));
    }

    @Test
    void aBodysShortNameInParenthesesAfterItsNameIsPartOfTheTitle() {
        assertThat(find("Председатель Комитета по науке (КН) Литвы Йонас Петраускас прибыл в Минск."))
                .extracting(Mention::name, m -> m.title().orElse("-"))
                .containsExactly(tuple("Йонас Петраускас", "Председатель Комитета по науке (КН)"));
    }

    @Test
    void aCongressmanIsATitle() {
        assertThat(find("Он встретился с конгрессменом Доном Бейкером.")).extracting(Mention::name, m -> m.title().orElse("-"))
                .containsExactly(tuple("Дон Бейкер", "конгрессмен"));
    }

    @Test
    void twoOfficesJoinedByAnyDashAreOneTitle() {
        for (String dash : List.of("-", "–", "—")) {
            assertThat(find("Заместитель Премьер-министра " + dash + " Министр иностранных дел Перу Ана Торрес прибыла."))
                    .singleElement().satisfies(m -> assertThat(m.title())
                            .contains("Заместитель Премьер-министра " + dash + " Министр иностранных дел"));
        }
    }

    @Test
    void aContinentsAdjectiveOpensABodysNameInTheTitle() {
        assertThat(find("Министр принял управляющего директора Европейской службы внешних связей Михаэля Штайна."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Михаэль Штайн", "управляющий директор Европейской службы внешних связей"));
    }

    @ParameterizedTest
    @CsvSource({"РА, AM", "РБ, BY", "РТ, TJ", "РМ, MD"})
    void aRepublicsAbbreviationNamesItsCountry(String abbreviation, String code) {
        assertThat(find("Министр иностранных дел " + abbreviation + " Иван Петров прибыл."))
                .singleElement().satisfies(m -> assertThat(m.country()).contains(CountryCode.of(code)));
    }

    @Test
    void aBodysNameInGuillemetsGoesOnWithTheTitle() {
        assertThat(find("Премьер-министр встретился с руководителем фракции «Мой шаг» Лилит Акопян."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Лилит Акопян", "руководитель фракции «Мой шаг»"));
    }

    @Test
    void anArmsCapitalisedAdjectiveOpensTheTitleAndТРIsTurkey() {
        assertThat(find("Министр встретился с командующим Сухопутными войсками Вооруженных сил ТР генералом армии Мусой Акаром."))
                .extracting(Mention::name, m -> m.title().orElse(""), Mention::country).containsExactly(
                        tuple("Муса Акар", "командующий Сухопутными войсками Вооруженных сил", Optional.of(CountryCode.of("TR"))));
        assertThat(find("Министр встретился с военным атташе США полковником Дэвидом Уайтом.")).singleElement()
                .satisfies(m -> assertThat(m.title()).contains("военный атташе"));
    }

    @Test
    void aRegionsAdjectiveBeforeItsBodysAdjectiveIsNoName() {
        assertThat(find("Депутат Орловского областного Совета Иван Петров встретился с консулом."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Иван Петров", "Депутат Орловского областного Совета"));
    }

    @Test
    void anOfficialBodysCapitalisedAdjectiveIsPartOfTheTitle() {
        assertThat(find("Министр встретился с Главой Официального Представительства Республики Гаити Олегом Тимаковым."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Олег Тимаков", "Глава Официального Представительства"));
    }

    @Test
    void aHighCommissionersAdjectiveIsPartOfTheTitleInEveryCase() {
        assertThat(find("Министр встретился с Верховным комиссаром ООН по правам человека Ингрид Моланд."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Ингрид Моланд", "Верховный комиссар ООН по правам человека"));
    }

    @Test
    void anotherStatesParliamentByItsOwnNameIsPartOfTheTitle() {
        assertThat(find("Министр встретился с Председателем Бундестага Хельгой Краус."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(CountryCode::code).orElse(""))
                .containsExactly(tuple("Хельга Краус", "Председатель Бундестага", "DE"));
    }

    @Test
    void aWordThatOpensASentenceBeforeASurnameIsNoName() {
        assertThat(find("Сам Петросян сообщил об этом. Особенно Смирнов отметил вклад сторон.")).isEmpty();
    }

    @Test
    void aWordAfterARegionsNounThatShowsNoCaseOfTheTitleNamesTheRegion() {
        assertThat(find("Министр встретился с губернатором префектуры Тоттори Кэндзи Сато."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Кэндзи Сато", "губернатор префектуры Тоттори"));
        assertThat(find("Министр встретился с министром транспорта провинции Питером Джоном Моло."))
                .extracting(Mention::name).containsExactly("Питер Джон Моло");
    }

    @Test
    void aWordAfterATownsOrDistrictsNounThatShowsNoCaseOfTheTitleNamesThePlace() {
        assertThat(find("Посол Айна Омарова встретилась с мэром города Самчхок Пак Мин Хо."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .contains(tuple("Пак Мин Хо", "мэр города Самчхок"));
        assertThat(find("Делегацию принял глава района Марьино Олег Карпов."))
                .extracting(Mention::name).containsExactly("Олег Карпов");
    }

    @Test
    void aTownAfterItsAbbreviatedNounInATitleIsNoPartOfTheName() {
        assertThat(find("Гостей принял председатель городской Думы г. Ковров Олег Светлов."))
                .extracting(Mention::name).containsExactly("Олег Светлов");
        assertThat(find("Слово взял глава городского округа – г. Ковров Олег Светлов."))
                .extracting(Mention::name).containsExactly("Олег Светлов");
    }

    @Test
    void oneWordAfterATownsNounInATitleIsTheTownNoPerson() {
        assertThat(find("Губернатор обсудил планы с представителями администрации китайского города Линьшань."))
                .extracting(Mention::name).isEmpty();
        assertThat(find("Посол принял делегацию во главе с мэром муниципалитета Каршияка, которая прибыла вчера."))
                .extracting(Mention::name).isEmpty();
    }

    @Test
    void aPluralOfficeOfBothSidesIsEachNamesOwn() {
        assertThat(find("Главы МИД двух стран Арам Петросян и Олег Смирнов провели переговоры."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Арам Петросян", "Глава МИД"), tuple("Олег Смирнов", "Глава МИД"));
    }

    @Test
    void aFormerOfficeIsHeldForNoState() {
        assertThat(find("Президент встретился с бывшим президентом Литвы Даной Грибайте."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().isPresent())
                .containsExactly(tuple("Дана Грибайте", "бывший президент", false));
    }

    @Test
    void aRankBeforeANameIsNoPartOfIt() {
        assertThat(find("Генерал-полковник Олег Смирнов встретился с послом.")).extracting(Mention::name)
                .containsExactly("Олег Смирнов");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Министр иностранных дел Казахстана Мурат Нуртлеу провел встречу.|Мурат Нуртлеу|Министр иностранных дел|KZ",
        "Он провел переговоры с министром иностранных дел Турции Хаканом Фиданом.|Хакан Фидан|министр иностранных дел|TR",
        "Президент принял посла Японии Такаси Окаду.|Такаси Окада|посол|JP",
        "Состоялся разговор с госсекретарем США Марко Рубио.|Марко Рубио|госсекретарь|US",
        "Встреча с заместителем министра иностранных дел России Андреем Руденко.|Андрей Руденко|заместитель министра иностранных дел|RU",
        "Переговоры с Государственным секретарем США Энтони Блинкеном.|Энтони Блинкен|Государственный секретарь|US",
        "Письмо министру иностранных дел Армении Арарату Мирзояну.|Арарат Мирзоян|министр иностранных дел|AM",
        "Письмо министру иностранных дел Чили Анне Петровой.|Анна Петрова|министр иностранных дел|CL",
        "Встреча с министром иностранных дел Китая Ван И.|Ван И|министр иностранных дел|CN",
        "Встреча с министром иностранных дел Польши Анной Жуковской.|Анна Жуковская|министр иностранных дел|PL",
        "Встреча с министром иностранных дел Мальтийской Республики Джоном Камиллери.|Джон Камиллери|министр иностранных дел|MT",
        "Письмо министру иностранных дел Финляндской Республики Анне Корхонен.|Анна Корхонен|министр иностранных дел|FI",
        "Встреча с Чрезвычайным и Полномочным Послом Чили Иваном Петровым.|Иван Петров|Чрезвычайный и Полномочный Посол|CL",
        "Министр принял посла Китая Сяо Цинхуа.|Сяо Цинхуа|посол|CN",
        "Письмо министру иностранных дел Польши Анне Вербицкой.|Анна Вербицкая|министр иностранных дел|PL",
        "Письмо министру иностранных дел Грузии Майе Панджикидзе.|Майя Панджикидзе|министр иностранных дел|GE",
        "Министр встретился с заместителем премьер-министра — министром иностранных дел Казахстана Нурланом Бекмухановым.|Нурлан Бекмуханов|заместитель премьер-министра — министр иностранных дел|KZ",
        "Консультации прошли под руководством замглавы МИД Армении Ваана Петросяна.|Ваан Петросян|замглавы МИД|AM",
        "Министр принял посла Египта Халида Мустафу.|Халид Мустафа|посол|EG",
        "Министр принял посла Грузии Лаши Беридзе.|Лаша Беридзе|посол|GE",
        "Делегацию возглавила замгоссекретаря США Соната Миллер.|Соната Миллер|замгоссекретаря|US",
        "Министр встретился с послами Украины и Туркменистана Олегом Петровым и Чинар Акыевой.|Чинар Акыева|посол|TM",
        "Министр встретился с премьером Госсовета КНР Ли Вэньцяном.|Ли Вэньцян|премьер Госсовета КНР|CN",
        "Консультации прошли под руководством министра иностранных дел Армении Ара Петросяна.|Ара Петросян|министр иностранных дел|AM",
        "Министр встретился с главой российского МИДа Олегом Смирновым.|Олег Смирнов|глава МИДа|RU",
        "Министр встретился с главой немецкой дипломатии Анной Шульц.|Анна Шульц|глава немецкой дипломатии|DE",
        "Поздравление получил Национальный лидер туркменского народа Аман Сапаров.|Аман Сапаров|Национальный лидер туркменского народа|TM",
        "Министр встретился с заместителем председателя Кабинета министров, министром энергетики Туркменистана Аманом Сапаровым.|Аман Сапаров|заместитель председателя Кабинета министров, министр энергетики|TM",
        "Прибыл председатель ОБСЕ, вице-премьер, министр обороны Сербии Марко Илич.|Марко Илич|председатель ОБСЕ, вице-премьер, министр обороны|RS",
        "Делегацию возглавил директор Второго департамента Азии МИД России Олег Смирнов.|Олег Смирнов|директор Второго департамента Азии МИД|RU",
        "Встреча с руководителем Консульского отдела Посольства США Анной Коул.|Анна Коул|руководитель Консульского отдела Посольства|US",
        "Среди послов присутствует посланник из Словении Аленка Кос.|Аленка Кос|посланник|SI",
        "Он встретился с председателем Сейма Литвы Анной Вилкс.|Анна Вилкс|председатель Сейма|LT",
        "Торага Жогорку Кенеша Айбек Осмонов встретился с послом.|Айбек Осмонов|Торага Жогорку Кенеша|KG",
        "Глава Коми Олег Смирнов встретился с послом.|Олег Смирнов|Глава Коми|RU",
        "Министр принял атташе по вопросам обороны Бельгии полковника Марка Дюпона.|Марк Дюпон|атташе по вопросам обороны|BE",
        "Он провел переговоры с командующим ВМС Индии адмиралом Радживом Кумаром.|Раджив Кумар|командующий ВМС|IN",
    })
    void titledMentionIsReadToTheNominative(String sentence, String name, String title, String country) {
        List<Mention> mentions = find(sentence);

        assertThat(mentions).isNotEmpty();
        Mention mention = mentions.get(mentions.size() - 1);
        assertThat(mention.name()).isEqualTo(name);
        assertThat(mention.title()).hasValue(title);
        assertThat(mention.country().map(Object::toString)).hasValue(country);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Накануне Марат Сомов провел телефонный разговор с премьером.|Марат Сомов",
        "В Тобольске Марат Сомов встретился с делегацией.|Марат Сомов",
        "Поздравление с Днем Победы направил Марат Сомов.|Марат Сомов",
        "Посол Гудси Дурсун оглу Сомов вручил грамоты.|Гудси Дурсун оглу Сомов"})
    void nameBoundsInRussian(String text, String name) {
        assertThat(find(text)).extracting(Mention::name).containsExactly(name);
    }

    @Test
    void aSurnameInCapitalsAfterAGivenNameIsReadInItsUsualCase() {
        assertThat(find("Губернатор Приозерной области Степан ЗОРИН встретился с гостями.")).extracting(Mention::name)
                .containsExactly("Степан Зорин");
        assertThat(find("Аким Серик Абенов принял посла Марата КУРМАНОВА.")).extracting(Mention::name)
                .contains("Марат Курманов");
        assertThat(find("Посол провел встречу в МИД РФ.")).isEmpty();
    }

    @Test
    void theHeadOfARegionIsOfTheRegionsCountry() {
        Mention governor = find("Губернатор Пензенской области Олег Мельниченко встретился с гостями.").get(0);
        Mention khokim = find("Хоким Бухарской области Ботир Зарипов встретился с гостями.").get(0);

        assertThat(governor.country().map(Object::toString)).hasValue("RU");
        assertThat(khokim.country().map(Object::toString)).hasValue("UZ");
    }

    @Test
    void theNameOfAParliamentIsTheTitlesNotThePersons() {
        assertThat(find("Глава Верховной Рады Руслан Стефанчук встретился с гостями.")).extracting(Mention::name)
                .containsExactly("Руслан Стефанчук");
    }

    @Test
    void aSurnameThatEndsAsACommonNounAfterAListedGivenNameIsPartOfTheName() {
        assertThat(find("Замглавы МИД Давид Джалагания встретился с гостями.")).extracting(Mention::name)
                .containsExactly("Давид Джалагания");
    }

    @Test
    void anOfficeOfAStateFewRecogniseGivesNoCountry() {
        Mention president = find("Президент Приднестровской Молдавской Республики Вадим Красносельский принял гостей.").get(0);

        assertThat(president.title()).hasValue("Президент Приднестровской Молдавской Республики");
        assertThat(president.country()).isEmpty();
    }

    @Test
    void aRomanianSurnameInSkuDoesNotDecline() {
        assertThat(find("Лавров провел переговоры с главой МИД Молдовы Нику Попеску.")).extracting(Mention::name)
                .contains("Нику Попеску");
        assertThat(find("Глава МИД Франции приняла министра Нику Попеску.")).extracting(Mention::name)
                .contains("Нику Попеску");
    }

    @Test
    void aTownAfterItsNounIsNoPartOfTheNameAfterIt() {
        assertThat(find("Вчера в городе Эрдэнэт Павел Орлов принял гостей.")).extracting(Mention::name)
                .containsExactly("Павел Орлов");
    }

    @Test
    void anOfficeOnlyOneCountryHasGivesItsHolderThatCountry() {
        Mention akim = find("Аким Приозерной области Серик Абенов встретился с гостями.").get(0);

        assertThat(akim.country().map(Object::toString)).hasValue("KZ");
    }

    @Test
    void aRegionsAdjectiveIsNoName() {
        assertThat(find("Замглавы МИД обсудил с послом обстановку в Ближневосточном регионе.")).isEmpty();
    }

    @Test
    void noNameStartsInsideTheNameOfABody() {
        List<Mention> mentions = find("Планируются переговоры торага Жогорку Кенеша Бакыта Осмонова с гостями.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Бакыт Осмонов");
    }

    @Test
    void aGivenNameAfterAParticleIsASurnameNotASecondPerson() {
        List<Mention> mentions = find("Министр встретился с султаном Омана Юсуфом бен Алави Аль Саидом в Маскате.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Юсуф бен Алави Аль Саид");
    }

    @Test
    void spanIsTheNameAsWritten() {
        String text = "Переговоры с министром иностранных дел Турции Хаканом Фиданом.";

        Mention mention = find(text).get(0);

        assertThat(mention.span().cut(text)).isEqualTo("Хаканом Фиданом");
        assertThat(mention.nameTokens()).containsExactly("хакан", "фидан");
    }

    @Test
    void counterpartNounGivesTheCountryButNoTitle() {
        List<Mention> mentions = find("Лавров провел разговор со своим турецким коллегой Хаканом Фиданом.");
        Mention mention = mentions.get(1);

        assertThat(mentions.get(0).name()).isEqualTo("Лавров"); // a listed office holder's surname
        assertThat(mention.name()).isEqualTo("Хакан Фидан");
        assertThat(mention.title()).isEmpty();
        assertThat(mention.country().map(Object::toString)).hasValue("TR");
    }

    @Test
    void trailingCountryIsNoPartOfTheTitleButInnerCountryIs() {
        Mention mention = find("Встреча с помощником государственного секретаря США по делам Южной и Центральной Азии Дональдом Лу.")
                .get(0);

        assertThat(mention.name()).isEqualTo("Дональд Лу");
        assertThat(mention.title()).hasValue("помощник государственного секретаря США по делам Южной и Центральной Азии");
    }

    @Test
    void nameWordsInARowAreAPersonInTheirCase() {
        assertThat(find("Шавкат Мирзиёев и Владимир Путин обменялись поздравлениями."))
                .extracting(Mention::name).containsExactly("Шавкат Мирзиёев", "Владимир Путин");
        assertThat(find("Разговор с Касым-Жомартом Токаевым продлился час."))
                .extracting(Mention::name).containsExactly("Касым-Жомарт Токаев");
    }

    @Test
    void aTownTheLexiconsDoNotListAfterVIsWhereTheOfficeIsHeldNotAName() {
        List<Mention> mentions = find("Он встретился с генеральным консулом Японии в Хабаровске Валерием Сахно.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Валерий Сахно");
    }

    @Test
    void namesThatDoNotDeclineStayAsWritten() {
        assertThat(find("Президент провел переговоры с председателем КНР Си Цзиньпином."))
                .extracting(Mention::name).containsExactly("Си Цзиньпин");
        assertThat(find("Министры иностранных дел России и Турции Сергей Лавров и Хакан Фидан встретились."))
                .extracting(Mention::name).contains("Сергей Лавров");
    }

    @Test
    void particlesStayInTheName() {
        assertThat(find("Разговор с главой МИД Кувейта шейхом Джаррахом ас-Сабахом состоялся вчера."))
                .extracting(Mention::name).containsExactly("Джаррах ас-Сабах");
    }

    @Test
    void portugueseParticlesStayInTheName() {
        assertThat(find("Президент встретился с министром Бразилии Луисом Сантосом да Силвой."))
                .extracting(Mention::name).containsExactly("Луис Сантос да Силва");
    }

    @Test
    void theMarkerAfterAFathersNameClosesTheName() {
        assertThat(find("Состоялась встреча директора департамента Азата Бакыт уулу с послом."))
                .extracting(Mention::name).containsExactly("Азат Бакыт уулу");
        assertThat(find("В беседе участвовал Тофик Ильхам оглы."))
                .extracting(Mention::name).containsExactly("Тофик Ильхам оглы");
    }

    @Test
    void laterMentionIsReadInTheCaseItsPrepositionMarks() {
        String text = "Он встретился с Владимиром Путиным.";
        List<Token> tokens = Tokenizer.tokens(text, 0, text.length());

        List<PersonReader.NameReading> readings = FINDER.readings(text, tokens, 3, 5);

        assertThat(readings.get(0).name()).isEqualTo("Владимир Путин");
        assertThat(readings).extracting(PersonReader.NameReading::name).contains("Владимиром Путиным");
    }

    @Test
    void aSurnameAloneIsAPersonOnlyWhenAListedOfficialHasIt() {
        assertThat(find("Встреча с Лавровым прошла в Москве.")).extracting(Mention::name).containsExactly("Лавров");
        assertThat(find("Встреча с Ивановым прошла в Москве.")).isEmpty();
    }

    @Test
    void aPluralTitleGivesEachOfItsHoldersTheTitleAndTheirCountry() {
        List<Mention> mentions = find("Переговоры президентов Армении и Сербии Арама Гукасяна и Александра Ристича продлились час.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Арам Гукасян", "Александр Ристич");
        assertThat(mentions).extracting(m -> m.title().orElse("")).containsExactly("президент", "президент");
        assertThat(mentions).extracting(m -> m.country().map(Object::toString).orElse("")).containsExactly("AM", "RS");
    }

    @Test
    void oneOfSeveralAfterADashHoldsHisOwnOfficeAndABodysOfficeIsEachHoldersOwn() {
        assertThat(find("Были представители стран — посол Канады Анна Кос.")).singleElement()
                .satisfies(m -> assertThat(m.title()).contains("посол"));
        assertThat(find("Участвовали представители Минской группы ОБСЕ Игорь Смирнов и Анна Кос."))
                .extracting(m -> m.title().orElse(""))
                .containsExactly("представитель Минской группы ОБСЕ", "представитель Минской группы ОБСЕ");
    }

    @Test
    void beingNewInAPluralOfficeLeavesItPlural() {
        List<Mention> mentions = find("Он принял грамоты новых послов Армении и Сербии Арама Гукасяна и Лейлы Ристич.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Арам Гукасян", "Лейла Ристич");
        assertThat(mentions).extracting(m -> m.title().orElse("")).containsExactly("посол", "посол");
    }

    @Test
    void anInflectedAbbreviationIsNoNameAndARegnalNumberIsPartOfOne() {
        List<Mention> mentions = find("Глава российского МИДа Сергей Лавров провел встречи с королем Эсватини Мсвати III.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Сергей Лавров", "Мсвати III");
        assertThat(mentions.get(1).title()).hasValue("король");
    }

    @Test
    void aSecondGivenNameOpensASecondPerson() {
        assertThat(find("Сергей Лавров Владимир Макей обсудили ситуацию.")).extracting(Mention::name)
                .containsExactly("Сергей Лавров", "Владимир Макей");
    }

    @Test
    void twoPeoplesAdjectivesBeforeAPluralTitleGiveItsHoldersTheirCountries() {
        List<Mention> mentions = find("Встреча армянского и сербского лидеров Арама Гукасяна и Александра Ристича прошла в Ереване.");

        assertThat(mentions).extracting(m -> m.name() + " " + m.country().map(Object::toString).orElse(""))
                .containsExactly("Арам Гукасян AM", "Александр Ристич RS");
    }

    @Test
    void aTitleInTheInstrumentalInsideAnotherTitleOpensItsOwn() {
        List<Mention> mentions = find("Он встретился с участниками встречи глав государств Центральной Азии Президентами"
                + " Азербайджана Ильхамом Алиевым.");

        assertThat(mentions).extracting(Mention::name).containsExactly("Ильхам Алиев");
        assertThat(mentions.get(0).title()).hasValue("Президент");
    }

    @Test
    void aCityAfterTheAbbreviationOfCityIsWhereTheOfficeIsHeld() {
        List<Mention> mentions = find("Губернатор принял генерального консула Казахстана в г. Новосибирске Ерлана Садыкова.");

        Mention consul = mentions.get(mentions.size() - 1);
        assertThat(consul.name()).isEqualTo("Ерлан Садыков");
        assertThat(consul.title()).hasValue("генеральный консул в г. Новосибирске");
        assertThat(consul.country().map(Object::toString)).hasValue("KZ");
    }

    @Test
    void aCentralAsianGivenNameOfTheListTellsTheGenitiveOfTheNameAfterIt() {
        assertThat(find("В аэропорту имени Ислама Каримова гостя встретили.")).extracting(Mention::name)
                .containsExactly("Ислам Каримов");
    }

    @Test
    void beingNewInAnOfficeIsNoPartOfTheTitle() {
        assertThat(find("Новый министр иностранных дел Армении Ашот Гаспарян прибыл в Москву.").get(0).title())
                .contains("министр иностранных дел");
    }

    @Test
    void aGivenNameTellsTheCaseAfterAVerbThatMarksNone() {
        assertThat(find("Эрдоган принял Ерлана Кошанова.")).extracting(Mention::name).contains("Ерлан Кошанов");
    }

    @Test
    void aGivenNameTellsTheCaseATitleDoesNotShowWhenTheSurnameShowsItToo() {
        assertThat(find("Президент провел переговоры со спикером парламента Казахстана Данияра Орманова."))
                .extracting(Mention::name).contains("Данияр Орманов");
        assertThat(find("Министр принял атташе по вопросам обороны полковника Марка Дюбуа-Лефевра."))
                .extracting(Mention::name).contains("Марк Дюбуа-Лефевр");
        assertThat(find("Встреча с атташе по культуре Италии Джорджа Манчини."))
                .extracting(Mention::name).contains("Джорджа Манчини");
    }

    @Test
    void capitalisedAdjectivesBeforeAnEventsNounAreItsNameNoPerson() {
        assertThat(find("Гостья прибыла для участия в Глобальном Бакинском форуме.")).isEmpty();
    }

    @Test
    void theHeadOfABodyNamesNoPersonAfterTheirTitle() {
        assertThat(find("Президент провел переговоры с главой Евросовета и Еврокомиссии.")).isEmpty();
    }

    @Test
    void holdersOfAPluralTitleInTheNominativeAreAllInIt() {
        assertThat(find("Министры иностранных дел Казахстана и Японии Мурат Бекенов и Такаси Окада провели переговоры."))
                .extracting(Mention::name).containsExactly("Мурат Бекенов", "Такаси Окада");
    }

    @Test
    void aFirstHolderWhoseGivenNameEndsInASoftSignPutsTheListInTheNominative() {
        assertThat(find("Главы МИД России и Италии Игорь Соколов и Мария Петрова обсудили ситуацию."))
                .extracting(Mention::name).containsExactly("Игорь Соколов", "Мария Петрова");
    }

    @Test
    void aFirstHolderWhoseWordsEndAsOnlyTheNominativeDoesPutsASharedOfficesListInIt() {
        assertThat(find("Сенаторы США Джон Смит и Анна Петрова прибыли в Москву."))
                .extracting(Mention::name).containsExactly("Джон Смит", "Анна Петрова");
    }

    @Test
    void theChambersOfParliamentsOfTheLexiconAreNoNames() {
        assertThat(find("Встреча прошла в здании Маджлиси Оли Таджикистана.")).isEmpty();
        assertThat(find("Делегацию принял спикер Милли Меджлиса.")).isEmpty();
    }

    @Test
    void aWordOfABodyBeforeItsCountryIsNoName() {
        assertThat(find("Прибыл председатель Великого народного Курултая Киргизии.")).isEmpty();
        assertThat(find("Прибыл председатель Курултая Киргизии Адилет Осмонов.")).extracting(Mention::name)
                .containsExactly("Адилет Осмонов");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Встречу провел председатель Коллегии Евразийской экономической комиссии Иван Орлов.",
        "К беседе присоединился председатель Партии Националистического движения Иван Орлов.",
        "Делегацию принял глава Рабочей группы по связям с парламентом Франции Иван Орлов.",
        "В переговорах участвовал глава Минтруда Иван Орлов.",
        "Присутствовал начальник Генштаба Вооруженных Сил Иван Орлов."})
    void theWordsOfABodyInTheGenitiveAfterATitleAreNoName(String sentence) {
        assertThat(find(sentence)).extracting(Mention::name).containsExactly("Иван Орлов");
    }

    @Test
    void aTitleInTheNominativeKeepsAGivenNameThatLooksLikeAGenitiveAsWritten() {
        assertThat(find("Президент Абхазии Бадра Гунба принял посла.")).extracting(Mention::name)
                .containsExactly("Бадра Гунба");
        assertThat(find("Посла принял замглавы МИД Ваана Костаняна.")).extracting(Mention::name)
                .containsExactly("Ваан Костанян");
    }

    @Test
    void aMansSurnameInTheNominativeKeepsAGivenNameAfterAGenitiveAsWritten() {
        assertThat(find("В беседе участвовал помощник президента Никола Петрович.")).extracting(Mention::name)
                .containsExactly("Никола Петрович");
        assertThat(find("Министр принял посла Армении Никола Пашиняна.")).extracting(Mention::name)
                .containsExactly("Никол Пашинян");
    }

    @Test
    void aCountrysStemTakesNoVerbsEndingSoAGivenNameItBeginsIsAName() {
        assertThat(find("Президент ЮАР Сирил Мбеки встретился с послом Сирии."))
                .extracting(Mention::name, m -> m.country().orElseThrow().code())
                .containsExactly(tuple("Сирил Мбеки", "ZA"));
    }

    @Test
    void aSurnameEndingAsACommonNounDoesAfterAListedGivenNameIsAName() {
        assertThat(find("Министр встретился с президентом Асланом Чкадания.")).extracting(Mention::name)
                .containsExactly("Аслан Чкадания");
    }

    @Test
    void eachPartOfADoubleGivenNameThatDeclinesAlikeIsBroughtToTheNominative() {
        assertThat(find("Посол встретился с Нурланом-Беком Адиловым.")).extracting(Mention::name)
                .containsExactly("Нурлан-Бек Адилов");
        assertThat(find("Посол встретился с Нурлан-Беком Адиловым.")).extracting(Mention::name)
                .containsExactly("Нурлан-Бек Адилов");
        assertThat(find("Посол встретился с президентом Мун Чжэ-ином.")).extracting(Mention::name)
                .containsExactly("Мун Чжэ-ин");
    }

    @Test
    void aCountrysNameThatOpensWithTheModifierOfATitleIsNoTitleAndNoName() {
        assertThat(find("Делегация Новой Зеландии прибыла в Баку.")).isEmpty();
        assertThat(find("Новый посол Иван Петров прибыл в Баку.")).extracting(Mention::name).containsExactly("Иван Петров");
    }

    @Test
    void theHoldersOfOnePluralOfficeOfOneCountryOrOfNoneShareItsTitleAndCountry() {
        assertThat(find("Сенаторы США Джон Смит и Рон Вуд провели встречу."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Джон Смит", "Сенатор", "US"), tuple("Рон Вуд", "Сенатор", "US"));
        assertThat(find("Министры иностранных дел Иван Петров и Олег Смирнов провели встречу."))
                .extracting(m -> m.title().orElse("")).containsExactly("Министр иностранных дел", "Министр иностранных дел");
    }

    @ParameterizedTest
    @ValueSource(strings = {"министром по делам Европы, культуры и иностранных дел", "министром экономики, торговли и туризма"})
    void aCommaAmongAnOfficesPortfoliosEndsNoTitle(String office) {
        assertThat(find("Состоялась встреча с " + office + " Австрии Михаэлем Хубером."))
                .extracting(Mention::name, m -> m.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Михаэль Хубер", "AT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"и.о. Министра", "врио министра"})
    void aNameAfterAnActingMarkIsInTheCaseOfThePrepositionBeforeIt(String acting) {
        assertThat(find("Состоялась встреча с " + acting + " иностранных дел Абхазии Д.Н.Кокоевым."))
                .extracting(Mention::name).containsExactly("Д.Н.Кокоев");
    }

    @Test
    void anOfficeOfSeveralCapitalisedWordsSetOffAfterANameIsItsTitle() {
        assertThat(find("Министр встретился с Иваном Петковым, Чрезвычайным и Полномочным Послом Болгарии."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Иван Петков", "Чрезвычайный и Полномочный Посол", "BG"));
    }

    @Test
    void aCreditsNameInTheGenitiveIsListedInTheNominative() {
        assertThat(FINDER.bylines("Министр принял посла.\nФото Ирины Соколовой\n"))
                .extracting(Mention::name)
                .containsExactly("Ирина Соколова");
    }

    @Test
    void anOfficeInTheAccusativeOfANounInAIsListedInTheNominative() {
        assertThat(find("Министр поздравил нового главу МИД Армении Ашота Бабаяна с назначением."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Ашот Бабаян", "глава МИД"));
    }

    @Test
    void koreaAloneIsACountryNotAWordOfTheName() {
        assertThat(find("Министр встретился с послом Кореи Ким Ен Чолем."))
                .extracting(Mention::name, m -> m.country().map(Object::toString).orElse(""))
                .containsExactly(tuple("Ким Ен Чоль", "KR"));
    }

    @Test
    void anOfficeInTheNominativeAfterAGatheringsBodyInTheGenitiveIsTheSubjects() {
        assertThat(find("На полях заседания Совета глав государств ШОС Генеральный секретарь ШОС Ли Вэй встретился"
                + " с послом."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Ли Вэй", "Генеральный секретарь ШОС"));
    }

    @Test
    void envoysListedWithTheirStylesAndSemicolonsKeepTheirOffices() {
        assertThat(find("Это Е.П. Янис Озолс, посол Латвийской Республики в Литве; Е.П. Кофи Менса, посол Республики Гана."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(Object::toString).orElse(""))
                .containsExactly(tuple("Янис Озолс", "посол в Литве", "LV"), tuple("Кофи Менса", "посол", "GH"));
    }

    @Test
    void envoysListedEachWithItsStateAfterADashAreOfThatState() {
        assertThat(find("Грамоты вручили: Ким Мин Хо – Республика Корея, Ульрих Шмидт – Федеративная Республика Германия."))
                .extracting(Mention::name, m -> m.country().map(Object::toString).orElse(""))
                .containsExactly(tuple("Ким Мин Хо", "KR"), tuple("Ульрих Шмидт", "DE"));
    }

    @Test
    void theHighRepresentativesAdjectiveStaysInTheTitle() {
        assertThat(find("Премьер-министр Ион Русу встретился с высоким представителем ЕС по внешней политике Анной Вирта."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Ион Русу", "Премьер-министр"),
                        tuple("Анна Вирта", "высокий представитель ЕС по внешней политике"));
    }

    @Test
    void theHoldersStateAfterAnOfficeSetOffByCommasIsNoPartOfTheTitle() {
        assertThat(find("Президент встретилась с Гэвином Бьюкеном, послом Канады, и с Кармен Буттиджич, послом Республики Мальта."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(Object::toString).orElse(""))
                .containsExactly(tuple("Гэвин Бьюкен", "посол", "CA"), tuple("Кармен Буттиджич", "посол", "MT"));
    }

    @Test
    void theAdjectivesOfABodysNameAfterAnOfficeAreNoName() {
        assertThat(find("Его принял председатель Постоянной комиссии Законодательной палаты по международным делам."))
                .extracting(Mention::name).isEmpty();
    }

    @Test
    void aGivenNameEndingInAConsonantOpensANameWithAPatronymicAtTheStartOfASentence() {
        assertThat(find("Павел Игоревич Гордеев поблагодарил хозяев за прием."))
                .extracting(Mention::name).containsExactly("Павел Игоревич Гордеев");
    }

    @Test
    void aTownAfterAnOfficeIsTheOfficesAndStaysInTheTitle() {
        assertThat(find("Мэр Казани Иван Петров встретился с послом Ирана."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(Object::toString).orElse(""))
                .first().isEqualTo(tuple("Иван Петров", "Мэр Казани", "RU"));
    }

    @Test
    void aRegionsEverydayNameAfterAnOfficeGivesItsState() {
        assertThat(find("Губернатор Приморья Олег Зотов встретился с послом Японии."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(Object::toString).orElse(""))
                .first().isEqualTo(tuple("Олег Зотов", "Губернатор Приморья", "RU"));
    }

    @Test
    void aDeputysOfficeWrittenWithVicePrefixIsATitle() {
        assertThat(find("Вице-губернатор Олег Зотов встретился с консулом Китая."))
                .extracting(Mention::name, m -> m.title().orElse("")).first().isEqualTo(tuple("Олег Зотов", "Вице-губернатор"));
    }

    @Test
    void aTownsNounAndNameRightAfterAnOfficeStayInTheTitle() {
        assertThat(find("Глава города Казани Иван Петров встретился с консулом Турции."))
                .extracting(Mention::name, m -> m.title().orElse("")).first().isEqualTo(tuple("Иван Петров", "Глава города Казани"));
    }

    @Test
    void aWomansSurnameInAnObliqueCaseAfterAGivenNameInTheGenitiveIsReadInTheNominative() {
        assertThat(find("Делегация почтила память Гейдара Алиева и его супруги Зарифы Алиевой."))
                .extracting(Mention::name).contains("Зарифа Алиева");
    }

    @Test
    void aNameListedAfterOneInTheInstrumentalSharesItsCase() {
        assertThat(find("Министр провел встречи с коллегами - Эммануэлем Макроном и Фелипе Солой."))
                .extracting(Mention::name).contains("Эммануэль Макрон", "Фелипе Сола");
    }

    @Test
    void envoysListedAfterAPluralOfficeWithWordsOfRankAreEachReadInItsCase() {
        assertThat(find("Президент получил верительные грамоты от чрезвычайных и полномочных послов Индии Ананды Рао,"
                + " Монголии Батбаяра Цогта и Германии Клауса Майера."))
                .extracting(Mention::name, m -> m.country().map(Object::toString).orElse(""))
                .contains(tuple("Батбаяр Цогт", "MN"), tuple("Клаус Майер", "DE"));
    }

    @Test
    void aPluralCountrysGenitiveWithNoEndingGivesAnEnvoyHisState() {
        assertThat(find("Министр провел переговоры с послом Мальдив Ахмедом Шахидом."))
                .extracting(Mention::name, m -> m.country().map(Object::toString).orElse(""))
                .containsExactly(tuple("Ахмед Шахид", "MV"));
    }

    @Test
    void namesListedWithTheirCountriesInBracketsShareTheGenitiveTheFirstGivenNameShows() {
        assertThat(find("Министр принял посредников Олега Смирнова (Россия), Луиджи Конти (Италия)"
                + " и Майкла Бейкера (США).")).extracting(Mention::name).contains("Майкл Бейкер");
    }

    @Test
    void aPluralTitlesAdjectivesInTheGenitiveGiveEachHolderTheSingular() {
        assertThat(find("Президент получил верительные грамоты от чрезвычайных и полномочных послов Индии Ананды Рао"
                + " и Германии Клауса Майера.")).extracting(m -> m.title().orElse(""))
                .containsOnly("чрезвычайный и полномочный посол");
    }

    @Test
    void aWordOfRankAloneBeforeANameIsNoTitle() {
        assertThat(find("Накануне одними из первых И. Петрова по телефону поздравили коллеги из соседних стран."))
                .extracting(m -> m.title().orElse("")).doesNotContain("первых");
    }

    @Test
    void aParadeNamedWithCapitalsIsNoPerson() {
        assertThat(find("Утром он побывал на Параде Победы, после чего встретился со спикером Иваном Петровым."))
                .extracting(Mention::name).containsExactly("Иван Петров");
    }

    @Test
    void aGivenNameInYiIsReadInTheNominative() {
        assertThat(find("Состоялся разговор премьер-министра Мухаммедкалыя Акматова с министром Сыдыкбеком Ормоновым."))
                .extracting(Mention::name).contains("Мухаммедкалый Акматов");
    }

    @Test
    void theSideAStateOrItsDelegationIsLedOrRepresentedByGivesTheOfficialItsCountry() {
        assertThat(find("Делегацию Литвы возглавлял заместитель министра Юрий Соколов, а Эстонию на переговорах"
                + " представлял первый вице-премьер Олег Петров."))
                .extracting(Mention::name, m -> m.country().map(Object::toString).orElse(""))
                .containsExactly(tuple("Юрий Соколов", "LT"), tuple("Олег Петров", "EE"));
    }

    @Test
    void aDocumentsNameWithACapitalIsNoPerson() {
        assertThat(find("По итогам переговоров министрами утвержден План совместных учений на 2030 год, сообщил министр"
                + " Иван Петров."))
                .extracting(Mention::name).containsExactly("Иван Петров");
    }

    @Test
    void aBodyNamedAfterTheHoldersStateIsWhatTheOfficeDealsWith() {
        assertThat(find("Министр принял постоянного представителя Литвы при ООН Юрия Соколова и министра Эстонии по делам ЕС"
                + " Олега Петрова."))
                .extracting(Mention::name, m -> m.country().map(Object::toString).orElse(""))
                .containsExactly(tuple("Юрий Соколов", "LT"), tuple("Олег Петров", "EE"));
    }

    @Test
    void theRepublicAfterATitleIsNoPartOfTheOffice() {
        assertThat(find("В Минске министр провел переговоры с премьер-министром республики Олегом Петровым."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Олег Петров", "премьер-министр"));
    }

    @Test
    void theStateClosingABodysNameInATitleIsTheHoldersCountryNoPartOfTheTitle() {
        assertThat(find("Вчера секретарь Совбеза России Иван Петров прибыл в Вену."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(Object::toString).orElse(""))
                .containsExactly(tuple("Иван Петров", "секретарь Совбеза", "RU"));
    }

    @Test
    void syriasAbbreviationAfterATitleIsTheHoldersCountry() {
        assertThat(find("Вчера министр экономики САР Иван Петров прибыл в Вену."))
                .extracting(Mention::name, m -> m.title().orElse(""), m -> m.country().map(Object::toString).orElse(""))
                .containsExactly(tuple("Иван Петров", "министр экономики", "SY"));
    }

    @Test
    void aGenitiveAfterANominativeHeadIsItsComplementNotTheNamesCase() {
        assertThat(find("Вчера заместитель министра культуры Чили Алиса Вега прибыла в Вену."))
                .extracting(Mention::name, m -> m.title().orElse(""))
                .containsExactly(tuple("Алиса Вега", "заместитель министра культуры"));
        assertThat(find("Министр принял заместитель министра культуры Чили Ивана Петрова."))
                .extracting(Mention::name).containsExactly("Иван Петров");
    }

    @Test
    void aMiddleWordBetweenTwoNominativeEndsStaysAsWritten() {
        assertThat(find("Вчера министр принял посла Республики Гаити Марк Фавела Ришар."))
                .extracting(Mention::name).containsExactly("Марк Фавела Ришар");
    }

    @ParameterizedTest
    @CsvSource({
        "'Гостей принял глава Светлогорья Роман Вершинин.', Роман Вершинин, глава Светлогорья",
        "'Переговоры с мэром Заречинска Ольгой Климовой прошли в ратуше.', Ольга Климова, мэр Заречинска",
        "'Визит поддержал заместитель начальника управления мэрии Ветрогорска Степан Лыков.', Степан Лыков,"
                + " заместитель начальника управления мэрии Ветрогорска",
        "'Прием открыла глава Приозерска Вера Павловна Семенова.', Вера Павловна Семенова, глава Приозерска"})
    void aTownTheOfficeGovernsBeforeAGivenNameIsTheTitlesNotTheNames(String sentence, String name, String title) {
        assertThat(find(sentence)).extracting(Mention::name, m -> m.title().orElse("-"))
                .containsExactly(tuple(name, title));
    }

    @Test
    void aSurnameBeforeAGivenNameAndPatronymicStaysTheNames() {
        assertThat(find("Делегацию встретила глава округа Семенова Вера Павловна.")).extracting(Mention::name)
                .containsExactly("Семенова Вера Павловна");
    }

    @Test
    void aRegionsExecutiveCommitteeAfterItsAdjectiveIsPartOfTheTitle() {
        assertThat(find("Председатель Могилевского горисполкома Олег Дроздов вручил гостям памятные знаки."))
                .extracting(Mention::name, m -> m.title().orElse("-"))
                .containsExactly(tuple("Олег Дроздов", "Председатель Могилевского горисполкома"));
    }

    @Test
    void aRegionToldByItsCompassPointAndTheCountrysNameEndsTheTitleWhole() {
        assertThat(find("Инвесторов приветствовал аким Северного Казахстана Ерлан Сагинов."))
                .extracting(Mention::name, m -> m.title().orElse("-"), m -> m.country().map(CountryCode::code).orElse("-"))
                .containsExactly(tuple("Ерлан Сагинов", "аким Северного Казахстана", "KZ"));
    }
}
