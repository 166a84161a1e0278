package io.github.readout.parser.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.readout.core.CountryCode;
import io.github.readout.core.Person;
import io.github.readout.core.PressRelease;
import io.github.readout.parser.PressReleaseParser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which mentions name the same person. */
class PersonRegistryTest {

    private static final PersonFinder FINDER = new PersonFinder(Lexicons.load("en", new LexiconExtension()));

    private static List<Mention> mentions(String text) {
        return FINDER.find(text, Tokenizer.tokens(text, 0, text.length()), 0);
    }

    private static Mention mention(String text) {
        List<Mention> found = mentions(text);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void fullNameSurnameAndTitledSurnameAreOnePerson() {
        PersonRegistry registry = new PersonRegistry();

        PersonRegistry.Entry full = registry.add(mention("Kazakh President Kassym-Jomart Tokayev arrived."));
        PersonRegistry.Entry titled = registry.add(mention("President Tokayev spoke."));

        assertThat(titled).isSameAs(full);
        assertThat(registry.find(List.of("tokayev"))).containsSame(full);
        assertThat(registry.entries()).hasSize(1);
        assertThat(full.name).isEqualTo("Kassym-Jomart Tokayev");
        assertThat(full.title).contains("President");
        assertThat(full.country).contains(CountryCode.of("KZ"));
    }

    @Test
    void aSurnameNamedFirstTakesTheFullNameAndItsTitleWhenTheyCome() {
        PersonRegistry registry = new PersonRegistry();

        PersonRegistry.Entry early = registry.add(mention("Secretary Raimondo spoke."));
        Mention full = mention("Secretary of Commerce Gina Raimondo welcomed the Minister.");
        PersonRegistry.Entry later = registry.add(full);

        assertThat(later).isSameAs(early);
        assertThat(early.name).isEqualTo("Gina Raimondo");
        assertThat(early.span).isEqualTo(full.span());
        assertThat(early.title).contains("Secretary of Commerce");
    }

    @Test
    void aSurnameAloneIsThePersonWhoseInitialWasGluedToIt() {
        PersonRegistry registry = new PersonRegistry();

        PersonRegistry.Entry full = registry.add(mention("President U.Dorjsuren arrived."));

        assertThat(registry.find(List.of("dorjsuren"))).containsSame(full);
    }

    @Test
    void sameSurnameWithAnotherFirstNameIsAnotherPerson() {
        PersonRegistry registry = new PersonRegistry();

        PersonRegistry.Entry serdar = registry.add(mention("President of Turkmenistan Serdar Berdimuhamedov arrived."));
        PersonRegistry.Entry gurbanguly = registry.add(mention("National Leader Gurbanguly Berdimuhamedov spoke."));

        assertThat(gurbanguly).isNotSameAs(serdar);
        assertThat(registry.entries()).hasSize(2);
        assertThat(registry.find(List.of("serdar", "berdimuhamedov"))).containsSame(serdar);
        assertThat(registry.find(List.of("gurbanguly", "berdimuhamedov"))).containsSame(gurbanguly);
    }

    @Test
    void aLaterFullNameReplacesTheSurnameForMatching() {
        PersonRegistry registry = new PersonRegistry();

        PersonRegistry.Entry tokayev = registry.add(mention("President Tokayev spoke."));
        registry.add(mention("Kazakh President Kassym-Jomart Tokayev arrived."));

        assertThat(registry.entries()).hasSize(1);
        assertThat(tokayev.words).containsExactly("kassym-jomart", "tokayev");
        // The country the later mention gives fills the gap.
        assertThat(tokayev.country).contains(CountryCode.of("KZ"));
    }

    @Test
    void laterMentionsFillOnlyWhatIsMissing() {
        PersonRegistry registry = new PersonRegistry();

        PersonRegistry.Entry entry = registry.add(mention("Kazakh Foreign Minister Murat Nurtleu arrived."));
        registry.add(mention("Ambassador of Uzbekistan Murat Nurtleu spoke."));

        assertThat(entry.title).contains("Foreign Minister");
        assertThat(entry.country).contains(CountryCode.of("KZ"));
    }

    @Test
    void aLaterTitleThatWidensTheFirstReplacesIt() {
        PersonRegistry registry = new PersonRegistry();

        PersonRegistry.Entry entry = registry.add(mention("Minister Ravi Menon meets the envoy."));
        registry.add(mention("External Affairs Minister Ravi Menon arrived."));
        registry.add(mention("Ambassador Ravi Menon spoke."));

        assertThat(entry.title).contains("External Affairs Minister");
    }

    @Test
    void whatTheOfficeDealsWithWidensIt() {
        PersonRegistry registry = new PersonRegistry();

        PersonRegistry.Entry entry = registry.add(mention("Minister Lena Sors toured the harbour."));
        registry.add(mention("Minister for Fisheries and Ports Lena Sors left on Monday."));

        assertThat(entry.title).contains("Minister for Fisheries and Ports");
        assertThat(PersonRegistry.widens("Minister and Foreign Minister", "Minister")).isFalse();
        assertThat(PersonRegistry.widens("Minister of", "Minister")).isFalse();
    }

    @Test
    void theOfficeWrittenOutReplacesItsInitials() {
        PersonRegistry registry = new PersonRegistry();

        PersonRegistry.Entry entry = registry.add(mention("PM Hana Lotte opens the trade fair."));
        registry.add(mention("Prime Minister Hana Lotte landed late."));

        assertThat(entry.title).contains("Prime Minister");
        assertThat(PersonRegistry.widens("External Affairs Minister", "EAM")).isTrue();
        assertThat(PersonRegistry.widens("Minister of Foreign Affairs", "FM")).isFalse();
        assertThat(PersonRegistry.widens("Prime Minister", "Pm")).isFalse();
    }

    @Test
    void internationalOfficialTakesNoCountryFromLaterMentions() {
        PersonRegistry registry = new PersonRegistry();

        PersonRegistry.Entry entry = registry.add(mention("UN Secretary-General António Guterres arrived."));
        registry.add(mention("The Kazakh delegation welcomed Secretary-General Guterres."));

        assertThat(entry.international).isTrue();
        assertThat(entry.country).isEmpty();
        assertThat(entry.toPerson().country()).isEmpty();
        assertThat(entry.toPerson().organization()).contains("UN");
    }

    @Test
    void differentSurnamesAreDifferentPeople() {
        PersonRegistry registry = new PersonRegistry();

        registry.add(mention("Foreign Minister Murat Nurtleu arrived."));
        registry.add(mention("Deputy Foreign Minister Roman Vassilenko spoke."));

        assertThat(registry.entries()).extracting(e -> e.name).containsExactly("Murat Nurtleu", "Roman Vassilenko");
        assertThat(registry.find(List.of("blinken"))).isEmpty();
        assertThat(registry.find(List.of())).isEmpty();
    }

    @Test
    void initialsAndSurnameAreThePersonOfThatFullName() {
        PersonRegistry registry = new PersonRegistry();

        PersonRegistry.Entry full = registry.add(mention("Foreign Minister Abdulaziz Kamilov arrived."));

        assertThat(registry.find(List.of("a.", "kamilov"))).containsSame(full);
        assertThat(registry.find(List.of("b.", "kamilov"))).isEmpty();
    }

    @Test
    void aNameFirstWrittenWithInitialsTakesItsFullFormWhenWrittenSoLater() {
        PersonRegistry registry = new PersonRegistry();

        PersonRegistry.Entry first = registry.add(mention("Foreign Minister H. Karimov arrived."));
        PersonRegistry.Entry later = registry.add(mention("Foreign Minister Hamid Karimov spoke."));

        assertThat(later).isSameAs(first);
        assertThat(registry.entries()).extracting(e -> e.name).containsExactly("Hamid Karimov");
        assertThat(registry.find(List.of("karimov"))).containsSame(first);
    }

    @Test
    void aSurnameWrittenLaterWithItsParticleIsTheSamePersonInFullerForm() {
        PersonRegistry registry = new PersonRegistry(Set.of("al"));

        PersonRegistry.Entry first = registry.add(mention("Foreign Minister Karim Hakimi arrived."));
        PersonRegistry.Entry later = registry.add(mention("Foreign Minister Karim al-Hakimi spoke."));

        assertThat(later).isSameAs(first);
        assertThat(registry.entries()).extracting(e -> e.name).containsExactly("Karim al-Hakimi");
    }

    @Test
    void aSurnameJoinedToItsParticleIsFoundWithoutIt() {
        PersonRegistry registry = new PersonRegistry(Set.of("al"));

        PersonRegistry.Entry full = registry.add(mention("President Karim Yusuf al-Hakimi arrived."));
        PersonRegistry.Entry later = registry.add(mention("President Hakimi spoke."));

        assertThat(later).isSameAs(full);
        assertThat(registry.entries()).hasSize(1);
        assertThat(new PersonRegistry().find(List.of("hakimi"))).isEmpty();
    }

    @Test
    void aSurnameWithoutItsParticleThenTheFullNameIsOnePersonUnderTheFullName() {
        PersonRegistry registry = new PersonRegistry(java.util.Set.of("el"));

        PersonRegistry.Entry early = registry.add(mention("President Nasri spoke."));
        PersonRegistry.Entry full = registry.add(mention("President Omar Karim El-Nasri arrived."));

        assertThat(full).isSameAs(early);
        assertThat(early.name).isEqualTo("Omar Karim El-Nasri");
        assertThat(registry.find(java.util.List.of("omar", "karim", "el-nasri"))).containsSame(early);
    }

    @Test
    void aNameWhoseLastWordChangesIsFoundByItsNewLastWordAlone() {
        PressRelease release = PressReleaseParser.create()
                .parse("test", "онлайн Ambassador Hamad сегодня Rakhimov Al-Hamad Office Al-Hamad").release();

        assertThat(release.people()).extracting(Person::name).containsExactly("Rakhimov Al-Hamad");
    }

    @Test
    void anInitialAndADeclinedSurnameAreTheKnownPerson() {
        PressRelease release = PressReleaseParser.create().parse("test", "Президент Таджикистана Эмомали Рахмонов поговорил"
                + " по телефону с Владимиром Путиным.\nНакануне Э. Рахмонова поздравил"
                + " Нурсултан Назарбаев.\n").release();

        assertThat(release.people()).extracting(Person::name)
                .containsExactly("Эмомали Рахмонов", "Владимир Путин", "Нурсултан Назарбаев");
    }

    @Test
    void aNameWrittenLaterWithItsPatronymicIsThePersonsFullestForm() {
        PressRelease release = PressReleaseParser.create().parse("test", "Премьер-министр Литвы встретился с Андреем Гордеевым.\n"
                + "Андрей Игоревич Гордеев поблагодарил хозяев за прием.\n").release();

        assertThat(release.people()).extracting(Person::name).containsExactly("Андрей Игоревич Гордеев");
    }

    @Test
    void aGivenNameWithACaseEndingBeforeASurnameThatDoesNotDeclineIsTheKnownPerson() {
        PressRelease release = PressReleaseParser.create().parse("test", "Губернатор встретился с послом Ирана Каземом Рахими.\n"
                + "Губернатор выразил признательность Казему Рахими за помощь.\n").release();

        assertThat(release.people()).extracting(Person::name).containsExactly("Казем Рахими");
    }

    @Test
    void peersAndParliamentariansNamedAfterTheirWordArePeople() {
        PressRelease release = PressReleaseParser.create().parse("test", "The Minister met his peers from Peru and Chile,"
                + " Luis Vega and Rosa Prado.\nLater he was with the Bolivian parliamentarians Ana Quispe and Juan Mamani.\n")
                .release();

        assertThat(release.people()).extracting(Person::name)
                .containsExactlyInAnyOrder("Luis Vega", "Rosa Prado", "Ana Quispe", "Juan Mamani");
    }
}
