package io.github.jobbmatch.sample;

import io.github.jobbmatch.model.Accommodation;
import io.github.jobbmatch.model.Accommodations;
import io.github.jobbmatch.model.Capacity;
import io.github.jobbmatch.model.Contact;
import io.github.jobbmatch.model.Employer;
import io.github.jobbmatch.model.EmployerHistory;
import io.github.jobbmatch.model.EmployerStatus;
import io.github.jobbmatch.model.LanguageLevel;
import io.github.jobbmatch.model.LanguageRequirement;
import io.github.jobbmatch.model.Location;
import io.github.jobbmatch.model.Need;
import io.github.jobbmatch.model.NeedLocation;
import io.github.jobbmatch.model.NeedStatus;
import io.github.jobbmatch.model.Opening;
import io.github.jobbmatch.model.OpeningKind;
import io.github.jobbmatch.model.PercentRange;
import io.github.jobbmatch.model.Requirement;
import io.github.jobbmatch.model.RequirementKind;
import io.github.jobbmatch.model.Sector;
import io.github.jobbmatch.model.Shift;
import io.github.jobbmatch.model.Task;
import java.time.LocalDate;
import java.util.List;

/** The hand-made showcase employers and needs of the demo. */
final class Showcase {

    static final List<Employer> EMPLOYERS = List.of(
            new Employer("e-demo-kantine", "Fjordkantina AS", "912345688", Sector.PRIVATE, "56.290", 14,
                    new Location("4204", 58.1467, 7.9956), new Contact("markedskontakt-17", "NAV Marked Agder"),
                    new Capacity(2), EmployerStatus.ACTIVE, LocalDate.of(2026, 10, 2), new EmployerHistory(3, 2, 0)),
            new Employer("e-demo-stillas", "Vestland Stillas og Industri AS", "918765433", Sector.PRIVATE, "43.991", 320,
                    new Location("4601", 60.3540, 5.3600), new Contact("markedskontakt-3", "NAV Marked Vestland"),
                    new Capacity(6), EmployerStatus.ACTIVE, LocalDate.of(2026, 11, 1), new EmployerHistory(12, 9, 1)),
            new Employer("e-demo-hjemmetjeneste", "Fredrikstad kommune, helse og velferd", "940001234", Sector.PUBLIC, "87.301", 3200,
                    new Location("3107", 59.2181, 10.9298), new Contact("inn-i-jobb-koordinator-1", "Fredrikstad kommune"),
                    new Capacity(20), EmployerStatus.ACTIVE, LocalDate.of(2026, 9, 15), new EmployerHistory(47, 9, 21)));

    static final List<Need> NEEDS = List.of(
            new Need("n-demo-kantine", "e-demo-kantine", LocalDate.of(2026, 10, 2), NeedStatus.OPEN, "Kantinemedarbeider", "5246",
                    "Lunsjkantine for 200 ansatte. Vi lager mat fra bunnen og vil gjerne gi en sjanse til en som har stått "
                            + "utenfor arbeidslivet. Oppgavene kan tilpasses, og vi starter gjerne med noen dager i uka.",
                    new Opening(OpeningKind.PERMANENT, 1, LocalDate.of(2027, 1, 15)),
                    new NeedLocation(null, null, null, 35.0), new PercentRange(40.0, 100.0), List.of(Shift.DAY),
                    List.of(new Task("Matlaging og anretning av lunsj", false), new Task("Oppvask og rydding", false),
                            new Task("Varebestilling", false)),
                    List.of(new Requirement("Hygienekurs for næringsmiddelbransjen", null, RequirementKind.TRAINABLE, null, null),
                            new Requirement("Matlaging", null, RequirementKind.WANT, 1, null),
                            new Requirement("Oppvask og renhold", null, RequirementKind.WANT, 2, null),
                            new Requirement("Kundebehandling", null, RequirementKind.WANT, 3, null)),
                    List.of(new LanguageRequirement("no", LanguageLevel.BASIC, RequirementKind.MUST)),
                    new Accommodations(
                            List.of(Accommodation.GRADUAL_START, Accommodation.MENTOR, Accommodation.LANGUAGE_SUPPORT,
                                    Accommodation.ADAPTED_TASKS, Accommodation.PREDICTABLE_ROUTINES, Accommodation.EXTRA_BREAKS),
                            List.of(Accommodation.REMOTE_DAYS)),
                    List.of("matlaging", "baking"), true),
            new Need("n-demo-stillas", "e-demo-stillas", LocalDate.of(2026, 11, 1), NeedStatus.OPEN,
                    "Stillasbygger, rekrutteringsstilling", "7119",
                    "Lokal mangel på stillasbyggere. Kompetansehevende løp: fire uker kurs, åtte uker i produksjon, deretter "
                            + "vurdering for ansettelse. Kurs i stillasmontering må være tatt før oppstart på bygg.",
                    new Opening(OpeningKind.RECRUITMENT_POSITION, 4, LocalDate.of(2027, 2, 1)),
                    new NeedLocation(null, null, null, 60.0), new PercentRange(100.0, 100.0), List.of(Shift.DAY),
                    List.of(new Task("Montering og demontering av stillas", false), new Task("Bærearbeid og rydding", false)),
                    List.of(new Requirement("Kan arbeide i høyden", null, RequirementKind.MUST, null, "Sikkerhet"),
                            new Requirement("Kurs i stillasmontering", null, RequirementKind.MUST, null, "Krav i forskrift om utførelse av arbeid"),
                            new Requirement("Stillasbygging", null, RequirementKind.TRAINABLE, null, null),
                            new Requirement("Bygg og anlegg", null, RequirementKind.WANT, 1, null),
                            new Requirement("Førerkort klasse B", null, RequirementKind.WANT, 2, null)),
                    List.of(new LanguageRequirement("no", LanguageLevel.GOOD, RequirementKind.WANT)),
                    new Accommodations(List.of(Accommodation.MENTOR, Accommodation.CLOSE_FOLLOW_UP, Accommodation.GRADUAL_START),
                            List.of(Accommodation.NO_HEAVY_LIFTING, Accommodation.REMOTE_DAYS, Accommodation.LIMITED_STANDING)),
                    List.of("bygg"), true),
            new Need("n-demo-hjemmetjeneste", "e-demo-hjemmetjeneste", LocalDate.of(2026, 9, 15), NeedStatus.OPEN,
                    "Assistent i hjemmetjenesten, rekrutteringsstilling", "5322",
                    "Rekrutteringsstilling med plikt til å ta fagbrev som helsefagarbeider gjennom praksiskandidatordningen. "
                            + "Du kjører mellom brukerne og må kunne lese og skrive journal på norsk.",
                    new Opening(OpeningKind.RECRUITMENT_POSITION, 6, LocalDate.of(2027, 3, 1)),
                    new NeedLocation(null, null, null, 30.0), new PercentRange(50.0, 100.0),
                    List.of(Shift.DAY, Shift.EVENING, Shift.WEEKEND),
                    List.of(new Task("Praktisk bistand og miljøarbeid", false), new Task("Legemiddelhåndtering", true)),
                    List.of(new Requirement("Politiattest", null, RequirementKind.MUST, null, "Lovkrav"),
                            new Requirement("Førerkort klasse B", null, RequirementKind.MUST, null, "Kjører mellom brukere"),
                            new Requirement("Fagbrev som helsefagarbeider", null, RequirementKind.TRAINABLE, null, null),
                            new Requirement("Omsorgsarbeid", null, RequirementKind.WANT, 1, null)),
                    List.of(new LanguageRequirement("no", LanguageLevel.GOOD, RequirementKind.MUST)),
                    new Accommodations(List.of(Accommodation.GRADUAL_START, Accommodation.MENTOR, Accommodation.ADAPTED_TASKS,
                            Accommodation.LANGUAGE_SUPPORT), List.of(Accommodation.REMOTE_DAYS)),
                    List.of("omsorg", "eldre"), true));

    private Showcase() {}
}
