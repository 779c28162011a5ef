package io.portico.persistence.bench;

import java.util.List;
import java.util.Random;

/**
 * Italian, French, Spanish and Romanian names, places and company forms for the generator. Names are
 * picked with a mild skew towards the front of each list, as real surnames are (more Rossi than Zanella);
 * mild, because these lists are short: the first of 90 surnames already goes to about 2 % of people.
 */
record Names(String country, String tld, String localMail, List<String> firstNames, List<String> lastNames,
             List<String> cities, List<String> streets, List<String> companyForms, List<String> companyWords,
             List<String> otherKinds, String phonePrefix, int postalDigits) {

    static final Names ITALIAN = new Names("Italia", ".it", "libero.it",
            List.of("Marco", "Giulia", "Alessandro", "Francesca", "Luca", "Chiara", "Giuseppe", "Sara", "Andrea", "Valentina",
                    "Matteo", "Federica", "Lorenzo", "Elena", "Davide", "Martina", "Stefano", "Paola", "Roberto", "Silvia",
                    "Francesco", "Laura", "Antonio", "Anna", "Giovanni", "Maria", "Paolo", "Alessia", "Simone", "Elisa",
                    "Riccardo", "Ilaria", "Fabio", "Monica", "Massimo", "Barbara", "Emanuele", "Cristina", "Nicolò", "Beatrice",
                    "Tommaso", "Arianna", "Daniele", "Noemi", "Pietro", "Gaia", "Gabriele", "Raffaella", "Vincenzo", "Debora"),
            List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
                    "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
                    "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone",
                    "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti",
                    "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini", "Grasso", "Valentini",
                    "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna", "Farina", "Rizzi", "Monti",
                    "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza", "Testa", "Grassi", "Pellegrino", "Carbone", "Giuliani",
                    "Benedetti", "Barone", "Rossetti", "Caputo", "Montanari", "Guerra", "Palmieri", "Bernardi", "Martino", "Fiore",
                    "Zanella", "Bonetti", "Pagano", "Zanetti", "Bassi", "Orlando", "Negri", "Donati", "Basile", "Sartori"),
            List.of("Milano", "Roma", "Torino", "Bologna", "Firenze", "Napoli", "Verona", "Padova", "Brescia", "Bergamo",
                    "Genova", "Bari", "Parma", "Modena", "Treviso", "Vicenza", "Trento", "Udine", "Pisa", "Lecce"),
            List.of("Via Roma", "Via Garibaldi", "Via Mazzini", "Corso Italia", "Via Dante", "Via Verdi", "Viale Europa",
                    "Via Cavour", "Piazza della Repubblica", "Via XX Settembre"),
            List.of("Srl", "Srl", "SpA", "Snc", "Sas", "Srls"),
            List.of("Edilizia", "Trasporti", "Costruzioni", "Immobiliare", "Commerciale", "Impianti", "Servizi", "Ristorazione",
                    "Tecnologie", "Consulting", "Meccanica", "Alimentari", "Logistica", "Farmacia", "Arredamenti"),
            List.of("Condominio %s", "Associazione %s", "Eredi %s", "Fondazione %s"),
            "+39 3", 5);

    static final Names FRENCH = new Names("France", ".fr", "yahoo.fr",
            List.of("Jean", "Marie", "Pierre", "Nathalie", "Nicolas", "Isabelle", "Philippe", "Sophie", "Julien", "Camille",
                    "François", "Céline", "Thomas", "Émilie", "Laurent", "Aurélie", "Sébastien", "Élodie", "Stéphane", "Julie",
                    "Mathieu", "Claire", "Antoine", "Hélène", "Guillaume", "Chloé", "Olivier", "Léa", "Hugo", "Manon",
                    "Louis", "Inès", "Benoît", "Margaux", "Rémi", "Anaïs", "Jérôme", "Pauline", "Cédric", "Océane"),
            List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
                    "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
                    "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez",
                    "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas",
                    "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin",
                    "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier",
                    "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Perez", "Marchand"),
            List.of("Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Strasbourg", "Montpellier", "Bordeaux", "Lille",
                    "Rennes", "Reims", "Grenoble", "Dijon", "Angers"),
            List.of("rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire", "rue Pasteur", "rue de la République",
                    "place du Marché", "rue Jean Jaurès", "allée des Tilleuls"),
            List.of("SARL", "SAS", "SA", "EURL", "SASU"),
            List.of("Bâtiment", "Transports", "Conseil", "Immobilier", "Boulangerie", "Informatique", "Services", "Négoce",
                    "Menuiserie", "Pharmacie", "Garage", "Architecture"),
            List.of("Copropriété %s", "Association %s", "Indivision %s", "SCI %s"),
            "+33 6", 5);

    static final Names SPANISH = new Names("España", ".es", "hotmail.es",
            List.of("Antonio", "María", "Manuel", "Carmen", "José", "Ana", "Francisco", "Isabel", "David", "Laura",
                    "Juan", "Cristina", "Javier", "Marta", "Daniel", "Lucía", "Carlos", "Elena", "Jesús", "Pilar",
                    "Alejandro", "Paula", "Miguel", "Raquel", "Rafael", "Rosa", "Pablo", "Sara", "Sergio", "Beatriz",
                    "Álvaro", "Nuria", "Adrián", "Silvia", "Jorge", "Patricia", "Iñigo", "Montserrat", "Íker", "Inmaculada"),
            List.of("García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
                    "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Alonso", "Gutiérrez",
                    "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco", "Molina",
                    "Morales", "Suárez", "Ortega", "Delgado", "Castro", "Ortiz", "Rubio", "Marín", "Sanz", "Núñez",
                    "Iglesias", "Medina", "Garrido", "Cortés", "Castillo", "Santos", "Lozano", "Guerrero", "Cano", "Prieto",
                    "Méndez", "Cruz", "Calvo", "Gallego", "Vidal", "León", "Márquez", "Herrera", "Peña", "Flores",
                    "Cabrera", "Campos", "Vega", "Fuentes", "Carrasco", "Diez", "Caballero", "Reyes", "Nieto", "Aguilar"),
            List.of("Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Murcia", "Palma", "Bilbao", "Alicante",
                    "Córdoba", "Valladolid", "Vigo", "Gijón", "Granada"),
            List.of("Calle Mayor", "Avenida de la Constitución", "Calle Real", "Plaza de España", "Calle del Sol",
                    "Paseo de Gracia", "Calle Nueva", "Avenida de Andalucía"),
            List.of("SL", "SL", "SA", "SLU"),
            List.of("Construcciones", "Transportes", "Asesores", "Inmobiliaria", "Hostelería", "Distribuciones", "Reformas",
                    "Tecnología", "Farmacia", "Talleres", "Comercial", "Gestión"),
            List.of("Comunidad de Propietarios %s", "Asociación %s", "Herederos de %s", "Fundación %s"),
            "+34 6", 5);

    static final Names ROMANIAN = new Names("România", ".ro", "yahoo.com",
            List.of("Andrei", "Maria", "Alexandru", "Elena", "Ion", "Ioana", "Mihai", "Ana", "Gheorghe", "Andreea",
                    "Constantin", "Mihaela", "Adrian", "Cristina", "Florin", "Alexandra", "Vasile", "Gabriela", "Bogdan", "Daniela",
                    "Ștefan", "Raluca", "Cristian", "Oana", "Răzvan", "Simona", "Marian", "Irina", "Dragoș", "Roxana",
                    "Cătălin", "Alina", "Radu", "Diana", "Sorin", "Larisa", "Ionuț", "Bianca", "Vlad", "Corina"),
            List.of("Popescu", "Popa", "Pop", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghe", "Matei", "Ciobanu",
                    "Ionescu", "Rusu", "Constantin", "Mihai", "Munteanu", "Florea", "Dinu", "Georgescu", "Tudor", "Moldovan",
                    "Marin", "Ilie", "Diaconu", "Lazăr", "Șerban", "Ene", "Barbu", "Cristea", "Nistor", "Toma",
                    "Dobre", "Voicu", "Neagu", "Sandu", "Niculescu", "Dragomir", "Manea", "Mocanu", "Moraru", "Vasile",
                    "Ungureanu", "Oprea", "Sârbu", "Lungu", "Dumitrescu", "Preda", "Enache", "Roman", "Bălan", "Zamfir",
                    "Anghel", "Nedelcu", "Bucur", "Costea", "Drăgan", "Iordache", "Căpraru", "Ardelean", "Bratu", "Petrescu"),
            List.of("București", "Cluj-Napoca", "Timișoara", "Iași", "Constanța", "Craiova", "Brașov", "Galați", "Ploiești",
                    "Oradea", "Sibiu", "Arad", "Pitești", "Bacău", "Suceava"),
            List.of("Strada Mihai Eminescu", "Bulevardul Unirii", "Strada Florilor", "Calea Victoriei", "Strada Libertății",
                    "Strada Principală", "Bulevardul Independenței", "Strada Avram Iancu"),
            List.of("SRL", "SRL", "SA", "SNC", "PFA"),
            List.of("Construcții", "Transport", "Consultanță", "Imobiliare", "Comerț", "Servicii", "Instalații", "Distribuție",
                    "Farmacia", "Agro", "Software", "Auto"),
            List.of("Asociația de Proprietari %s", "Asociația %s", "Moștenitorii %s", "Fundația %s"),
            "+40 7", 6);

    static final List<Names> ALL = List.of(ITALIAN, FRENCH, SPANISH, ROMANIAN);

    /** 40 % Italian, 20 % each of the others. */
    static Names pick(Random random) {
        int roll = random.nextInt(5);
        return roll < 2 ? ITALIAN : ALL.get(roll - 1);
    }

    String pickFirst(Random random) {
        return skewed(firstNames, random);
    }

    String pickLast(Random random) {
        return skewed(lastNames, random);
    }

    String city(Random random) {
        return skewed(cities, random);
    }

    String street(Random random) {
        return streets.get(random.nextInt(streets.size())) + " " + (1 + random.nextInt(180));
    }

    String postalCode(Random random) {
        int bound = postalDigits == 6 ? 900_000 : 90_000;
        return String.format("%0" + postalDigits + "d", (postalDigits == 6 ? 10_000 : 1_000) + random.nextInt(bound));
    }

    String phone(Random random) {
        return random.nextInt(10) == 0 ? "" : phonePrefix + String.format("%02d %03d %04d", random.nextInt(100),
                random.nextInt(1000), random.nextInt(10_000));
    }

    /** "Rossi & Bianchi Srl", "Edilizia Conti Srl", "Boulangerie Moreau SARL", … (no trailing dot: A4) */
    String company(Random random) {
        String form = companyForms.get(random.nextInt(companyForms.size()));
        String word = companyWords.get(random.nextInt(companyWords.size()));
        return switch (random.nextInt(4)) {
            case 0 -> pickLast(random) + " & " + pickLast(random) + " " + form;
            case 1 -> word + " " + pickLast(random) + " " + form;
            case 2 -> pickLast(random) + " " + word + " " + form;
            default -> word + " " + city(random) + " " + form;
        };
    }

    /** Condominiums, associations, estates: "Condominio Via Roma 12", "Eredi Rossi". */
    String other(Random random, String familyName) {
        String kind = otherKinds.get(random.nextInt(otherKinds.size()));
        return String.format(kind, random.nextBoolean() ? familyName : street(random));
    }

    private static String skewed(List<String> values, Random random) {
        return values.get((int) (values.size() * Math.pow(random.nextDouble(), 1.2)));
    }
}
