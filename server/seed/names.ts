/**
 * Name lists for fictitious persons, by nationality (ISO 3166-1 alpha-2). First and last names
 * are common in each country and are combined at random, so no record describes a real person.
 * Spellings follow the Latin transliteration usual in Swiss ID documents.
 */

export const NATIONALITIES = ['UA', 'AF', 'ER', 'SY', 'TR', 'SO', 'IR'] as const;
export type Nationality = (typeof NATIONALITIES)[number];

export interface NamePool {
	female: readonly string[];
	male: readonly string[];
	last: readonly string[];
	/** Language an interpreter is booked for, as a case note would name it. */
	language: string;
}

export const NAMES: Record<Nationality, NamePool> = {
	UA: {
		female: [
			'Olena',
			'Iryna',
			'Nataliia',
			'Tetiana',
			'Oksana',
			'Yuliia',
			'Svitlana',
			'Kateryna',
			'Anastasiia',
			'Viktoriia',
			'Mariia',
			'Daryna',
			'Sofiia',
			'Alina',
			'Halyna',
			'Liudmyla'
		],
		male: [
			'Oleksandr',
			'Andrii',
			'Serhii',
			'Dmytro',
			'Mykola',
			'Volodymyr',
			'Ivan',
			'Maksym',
			'Bohdan',
			'Yurii',
			'Vasyl',
			'Artem',
			'Denys',
			'Taras'
		],
		last: [
			'Kovalenko',
			'Shevchenko',
			'Bondarenko',
			'Tkachenko',
			'Kravchenko',
			'Melnyk',
			'Boiko',
			'Marchenko',
			'Lysenko',
			'Moroz',
			'Savchenko',
			'Rudenko',
			'Petrenko',
			'Polishchuk',
			'Kovalchuk',
			'Tkachuk',
			'Honcharenko',
			'Hrytsenko',
			'Pavlenko',
			'Zinchenko'
		],
		language: 'Ukrainisch'
	},
	AF: {
		female: [
			'Zahra',
			'Fatima',
			'Maryam',
			'Habiba',
			'Mariam',
			'Shabnam',
			'Nilofar',
			'Fereshta',
			'Mahbooba',
			'Parwana',
			'Sima',
			'Lida'
		],
		male: [
			'Ahmad',
			'Mohammad',
			'Ali',
			'Mustafa',
			'Farid',
			'Hamid',
			'Javid',
			'Naveed',
			'Rahim',
			'Sayed',
			'Omid',
			'Wahid',
			'Zabiullah',
			'Bilal'
		],
		last: [
			'Ahmadi',
			'Hakimi',
			'Rahimi',
			'Noori',
			'Karimi',
			'Sultani',
			'Hashimi',
			'Haidari',
			'Sadat',
			'Amiri',
			'Popal',
			'Stanekzai',
			'Wardak',
			'Rezai'
		],
		language: 'Dari'
	},
	ER: {
		female: [
			'Senait',
			'Yohanna',
			'Helen',
			'Selam',
			'Mebrat',
			'Saba',
			'Tsega',
			'Rahel',
			'Luwam',
			'Winta',
			'Feven',
			'Hiwet'
		],
		male: [
			'Tesfay',
			'Yonas',
			'Dawit',
			'Filmon',
			'Samuel',
			'Merhawi',
			'Robel',
			'Habtom',
			'Kidane',
			'Bereket',
			'Tekle',
			'Mussie',
			'Henok'
		],
		last: [
			'Tesfamariam',
			'Gebremedhin',
			'Ghebreyesus',
			'Haile',
			'Kidane',
			'Tekle',
			'Woldemichael',
			'Berhane',
			'Asmerom',
			'Okbazghi',
			'Mehari',
			'Yemane',
			'Andemariam'
		],
		language: 'Tigrinya'
	},
	SY: {
		female: ['Amal', 'Rasha', 'Hiba', 'Lina', 'Nour', 'Rana', 'Dima', 'Reem', 'Yasmin', 'Hala', 'Ghada', 'Salma'],
		male: [
			'Mohammad',
			'Ahmad',
			'Khaled',
			'Omar',
			'Hassan',
			'Bashar',
			'Firas',
			'Rami',
			'Yousef',
			'Mahmoud',
			'Ammar',
			'Tarek'
		],
		last: [
			'Al-Ahmad',
			'Haddad',
			'Khalil',
			'Hamdan',
			'Al-Hussein',
			'Darwish',
			'Mansour',
			'Suleiman',
			'Othman',
			'Al-Khatib',
			'Ibrahim',
			'Hamoud',
			'Nasser'
		],
		language: 'Arabisch'
	},
	TR: {
		female: [
			'Ayşe',
			'Elif',
			'Zeynep',
			'Fatma',
			'Emine',
			'Hatice',
			'Gülistan',
			'Rojda',
			'Berfin',
			'Dilan',
			'Leyla',
			'Hülya'
		],
		male: [
			'Mehmet',
			'Mustafa',
			'Ahmet',
			'Hasan',
			'Hüseyin',
			'İbrahim',
			'Serhat',
			'Baran',
			'Ferhat',
			'Kadir',
			'Yusuf',
			'Emre'
		],
		last: [
			'Yılmaz',
			'Kaya',
			'Demir',
			'Çelik',
			'Şahin',
			'Yıldız',
			'Aydın',
			'Öztürk',
			'Arslan',
			'Doğan',
			'Kılıç',
			'Aslan',
			'Polat'
		],
		language: 'Türkisch'
	},
	SO: {
		female: ['Hodan', 'Fadumo', 'Asha', 'Sahra', 'Hawa', 'Ifrah', 'Khadija', 'Nasra', 'Sagal', 'Ubah', 'Ayaan', 'Hibo'],
		male: [
			'Abdi',
			'Mohamed',
			'Abdirahman',
			'Ahmed',
			'Hassan',
			'Ismail',
			'Yusuf',
			'Mahad',
			'Abdullahi',
			'Osman',
			'Liban',
			'Farah'
		],
		last: [
			'Abdi',
			'Warsame',
			'Hussein',
			'Ali',
			'Farah',
			'Jama',
			'Nur',
			'Egal',
			'Omar',
			'Aden',
			'Mohamud',
			'Ismail',
			'Hirsi'
		],
		language: 'Somali'
	},
	IR: {
		female: [
			'Maryam',
			'Zahra',
			'Fatemeh',
			'Leila',
			'Narges',
			'Shirin',
			'Parisa',
			'Niloufar',
			'Mahsa',
			'Sara',
			'Roya',
			'Azadeh'
		],
		male: [
			'Reza',
			'Ali',
			'Hossein',
			'Mehdi',
			'Amir',
			'Saeed',
			'Hamid',
			'Behnam',
			'Arash',
			'Kourosh',
			'Navid',
			'Farhad'
		],
		last: [
			'Hosseini',
			'Mohammadi',
			'Rezaei',
			'Karimi',
			'Ahmadi',
			'Jafari',
			'Moradi',
			'Rahimi',
			'Sadeghi',
			'Ghasemi',
			'Kazemi',
			'Tehrani',
			'Najafi'
		],
		language: 'Farsi'
	}
};
