import type { Random } from '../../src/domain/seeded-random.ts';

/**
 * Given and family names for demo authors, grouped loosely by region so most composed
 * names sound plausible; a share are mixed across regions, as real author lists are.
 * Accented names (José, Zoë, Müller) are here on purpose: they exercise search and sorting.
 */
const REGIONS: readonly { given: readonly string[]; family: readonly string[] }[] = [
  {
    given: ['Wei', 'Jing', 'Xiaoyu', 'Hao', 'Yiming', 'Zhiwei', 'Lu', 'Chen', 'Yuxuan', 'Ruoxi', 'Tianyi', 'Shuo', 'Mingyang', 'Jiahui', 'Zihan', 'Qian', 'Bo', 'Xin'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'Lin', 'He', 'Gao', 'Luo'],
  },
  {
    given: ['Aarav', 'Priya', 'Rohan', 'Ananya', 'Vikram', 'Sneha', 'Arjun', 'Kavya', 'Siddharth', 'Meera', 'Rahul', 'Ishaan', 'Divya', 'Nikhil'],
    family: ['Sharma', 'Patel', 'Iyer', 'Reddy', 'Gupta', 'Nair', 'Singh', 'Menon', 'Rao', 'Kulkarni', 'Banerjee', 'Chatterjee', 'Krishnan'],
  },
  {
    given: ['Minjun', 'Seoyeon', 'Jiwoo', 'Hyunwoo', 'Yuna', 'Haruto', 'Yui', 'Sota', 'Aoi', 'Kenji', 'Sakura', 'Daichi'],
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Nakamura', 'Kobayashi'],
  },
  {
    given: ['Lukas', 'Anna', 'Jonas', 'Lena', 'Matthias', 'Sophie', 'Zoë', 'François', 'Camille', 'Søren', 'Ingrid', 'Bjørn', 'Émilie', 'Łukasz', 'Agnieszka', 'Tomáš', 'Jürgen', 'Inês'],
    family: ['Müller', 'Schmidt', 'Schäfer', 'Dubois', 'Lefèvre', 'Rossi', 'Bianchi', 'Nowak', 'Kowalski', 'Dvořák', 'Johansson', 'Nielsen', 'Sørensen', 'Van der Berg', 'Jansen', 'Ólafsdóttir', 'Horváth'],
  },
  {
    given: ['José', 'María', 'Lucía', 'Mateo', 'Sofía', 'Diego', 'Camila', 'Joaquín', 'Valentina', 'João', 'Beatriz', 'Andrés'],
    family: ['García', 'Rodríguez', 'Martínez', 'López', 'Hernández', 'Núñez', 'Pérez', 'Gómez', 'Silva', 'Santos', 'Oliveira', 'Fernández'],
  },
  {
    given: ['Emily', 'James', 'Olivia', 'Michael', 'Sarah', 'Daniel', 'Hannah', 'Ethan', 'Grace', 'Noah', 'Chloe', 'Samuel', 'Rachel', 'Benjamin'],
    family: ['Smith', 'Johnson', 'Brown', 'Taylor', 'Anderson', 'Thompson', 'Walker', 'Wright', 'Mitchell', 'Campbell', 'Bennett', 'Foster', 'Hughes'],
  },
  {
    given: ['Omar', 'Layla', 'Yusuf', 'Fatima', 'Karim', 'Amira', 'Mehmet', 'Elif', 'Reza', 'Shirin', 'Chidi', 'Amara', 'Kwame', 'Nia', 'Tunde', 'Zainab'],
    family: ['Haddad', 'Khalil', 'Mansour', 'Yılmaz', 'Çelik', 'Demir', 'Hosseini', 'Rahimi', 'Okafor', 'Adeyemi', 'Mensah', 'Abdullahi', 'Mwangi', 'Nkosi'],
  },
];

const INITIALS = 'ABCDEFGHJKLMNPRSTW';

/** One plausible author name; about 10% carry a middle initial. */
export function makeAuthorName(random: Random, initials = random.chance(0.1) ? 1 : 0): string {
  const home = random.pick(REGIONS);
  const given = random.pick(home.given);
  const family = random.pick(random.chance(0.15) ? random.pick(REGIONS).family : home.family);
  let middle = '';
  for (let i = 0; i < initials; i++) middle += `${INITIALS[random.int(0, INITIALS.length - 1)]}. `;
  return `${given} ${middle}${family}`;
}

/**
 * `count` distinct author names. A list of thousands exhausts the plain combinations,
 * so after a while every new name gets two middle initials (hundreds of times more room).
 */
export function makeAuthorList(random: Random, count: number): string[] {
  const names = new Set<string>();
  for (let attempts = 0; names.size < count; attempts++) {
    names.add(attempts > count * 2 ? makeAuthorName(random, 2) : makeAuthorName(random));
  }
  return [...names];
}
