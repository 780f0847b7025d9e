package org.scrworkflow.publication;

import java.util.List;
import java.util.Set;

/**
 * Names the matcher treats with care so that false positives stay rare (docs/anonymisation.md):
 * <ul>
 *   <li>common first names (the most given in England and Wales to children born 1995-2012, and to the parents'
 *       generation): found alone, such a name only warns, since a report full of "Jack" the practitioner or the
 *       sibling would otherwise never pass; with the surname or an initial it blocks as any name does;</li>
 *   <li>names that are also ordinary English words ("Price", "Green", "Hope"): found alone only when written with a
 *       capital, so that "the price of care" is not a finding and "Mrs Price" is.</li>
 * </ul>
 */
final class CommonNames {

  private static final Set<String> FIRST_NAMES = Set.copyOf(List.of(
      // boys
      "jack", "thomas", "joshua", "james", "oliver", "daniel", "samuel", "william", "harry", "joseph", "george",
      "charlie", "matthew", "lewis", "ryan", "luke", "benjamin", "alfie", "jake", "callum", "alexander", "dylan",
      "liam", "ethan", "mohammed", "muhammad", "adam", "connor", "jordan", "kyle", "nathan", "michael", "christopher",
      "jacob", "max", "ben", "sam", "tom", "joe", "alex", "harvey", "noah", "leo", "archie", "riley", "oscar",
      "logan", "mason", "lucas", "jayden", "tyler", "owen", "henry", "freddie", "finley", "toby", "louis", "reece",
      "kieran", "bradley", "aaron", "david", "john", "paul", "mark", "andrew", "richard", "robert", "peter", "steven",
      "stephen", "anthony", "gary", "lee", "craig", "darren", "jason", "wayne", "dean", "scott", "kevin", "simon",
      "ian", "neil", "martin", "chris", "dan", "matt", "jamie", "aidan", "cameron", "rhys", "elliot", "elliott",
      "edward", "isaac", "ali", "ahmed", "mohammad", "kai", "jay", "zak", "zachary", "charles", "stanley",
      "theo", "leon", "harrison", "reuben", "brandon", "shane", "carl", "tony",
      // girls
      "olivia", "ruby", "emily", "grace", "jessica", "chloe", "sophie", "lily", "amelia", "evie", "mia", "ella",
      "katie", "ellie", "charlotte", "lucy", "megan", "hannah", "holly", "isabella", "isabelle", "emma", "sophia",
      "daisy", "freya", "abigail", "lauren", "amy", "rebecca", "bethany", "jade", "georgia", "laura", "sarah",
      "rachel", "samantha", "natalie", "jasmine", "caitlin", "leah", "paige", "eleanor", "molly", "poppy", "erin",
      "isla", "ava", "phoebe", "millie", "scarlett", "imogen", "matilda", "niamh", "courtney", "shannon", "kirsty",
      "nicola", "victoria", "zoe", "zara", "amber", "summer", "madison", "layla", "maisie", "eva", "aimee",
      "amelie", "elizabeth", "anna", "alice", "lola", "kayleigh", "stacey", "gemma", "claire", "lisa", "michelle",
      "kelly", "donna", "joanne", "louise", "helen", "karen", "julie", "tracy", "tracey", "jennifer", "jane", "mary",
      "susan", "angela", "dawn", "kerry", "emma", "sharon", "amanda", "catherine", "katherine", "kate", "jo",
      "sam", "chantelle", "danielle", "hayley", "kylie", "charlene", "leanne", "natasha", "vicky", "sadie", "sophia",
      "fatima", "aisha", "maryam", "ayesha", "kelsey", "tia", "chelsea", "brooke", "keira", "jodie", "nadia"));

  private static final Set<String> ORDINARY_WORDS = Set.copyOf(List.of(
      "price", "green", "brown", "white", "black", "grey", "gray", "young", "king", "baker", "cook", "hall", "hill",
      "wood", "woods", "moore", "turner", "walker", "wright", "bird", "rose", "hope", "long", "little", "rich",
      "sharp", "bell", "marsh", "wells", "field", "fields", "lane", "bush", "brook", "brooks", "stone", "best",
      "mills", "ward", "page", "fox", "lamb", "day", "may", "march", "rice", "nash", "bond", "hunt", "carter",
      "fisher", "gardener", "butcher", "mason", "cross", "west", "north", "south", "east", "church", "parsons",
      "banks", "house", "law", "power", "strong", "gold", "silver", "frost", "snow", "storm", "rain", "moss", "reed",
      "heath", "dale", "lee", "love", "joy", "faith", "grace", "will", "bill", "mark", "summer", "dawn", "amber",
      "ruby", "holly", "daisy", "poppy", "lily", "jade", "summers", "winter", "winters", "short", "small", "large",
      "good", "goodman", "wise", "noble", "pope", "bishop", "knight", "earl", "duke", "lord", "sargent", "sergeant",
      "cliff", "beach", "glass", "steel", "iron", "booth", "gates", "bridge", "bridges", "ford", "pike", "swan",
      "crow", "hawk", "drake", "fry", "bacon", "lamb", "salt", "sweet", "tower", "street", "close"));

  private CommonNames() {}

  static boolean isCommonFirstName(String folded) {
    return FIRST_NAMES.contains(folded);
  }

  static boolean isOrdinaryWord(String folded) {
    return ORDINARY_WORDS.contains(folded);
  }
}
