package io.github.readout.examples;

import io.github.readout.core.Meeting;
import io.github.readout.core.Person;
import io.github.readout.parser.ParseResult;
import io.github.readout.parser.PressReleaseParser;

/** Reads a release in Russian: names, titles and places come out in the nominative. */
public class RussianRelease {
    public static void main(String[] args) {
        String text = """
                 date 2024-02-02 МИД Казахстана

                АСТАНА, 2 февраля. Министр иностранных дел Республики Казахстан Мурат Нуртлеу сегодня \
                провел телефонный разговор с министром иностранных дел Армении Араратом Мирзояном.
                """;
        ParseResult result = PressReleaseParser.create().parse(text);
        System.out.println(result.language() + " " + result.release().dateline().orElseThrow().place());
        // RUSSIAN АСТАНА
        Meeting call = result.release().mainMeeting().orElseThrow();
        System.out.println(call.kind() + " " + call.date().flatMap(d -> d.value()).orElseThrow() + " " + call.countries());
        // PHONE_CALL 2024-02-02 [KZ, AM]
        for (Person person : call.participants()) {
            System.out.println(person.name() + " · " + person.title().orElse("") + " · " + person.country().orElseThrow()
                    + " · written \"" + person.span().cut(result.release().text()) + "\"");
        }
        // Мурат Нуртлеу · Министр иностранных дел · KZ · written "Мурат Нуртлеу"
        // Арарат Мирзоян · министр иностранных дел · AM · written "Араратом Мирзояном"
    }
}
