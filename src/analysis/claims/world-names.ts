/**
 * General world knowledge that outlets lean on when they restate each other:
 * a country is named by its nationality adjective ("Russian invasion"), its
 * capital or seat of government ("Moscow doubled its efforts", "the Kremlin
 * needs data") as often as by its name. Each line is a country followed by
 * single words that stand for it in news English. Nothing here is about any
 * one story; ambiguous words are left out ("Georgia", "Jordan", "Sofia" are also
 * names of people or states; "Brussels" stands for the EU as much as Belgium).
 *
 * The folds apply only to capitalised words (see concepts.ts), so "polish",
 * "turkey" or "china" in lower case keep their everyday meanings.
 */
const TABLE = `
USA: American, Americans, US, USA, Washington
UK: Britain, British, Briton, Britons, London, UK
Russia: Russian, Russians, Moscow, Kremlin
Ukraine: Ukrainian, Ukrainians, Kyiv, Kiev
China: Chinese, Beijing
Japan: Japanese, Tokyo
Korea: Korean, Koreans, Seoul, Pyongyang
India: Indian, Indians
Pakistan: Pakistani, Pakistanis, Islamabad
Afghanistan: Afghan, Afghans, Kabul
Iran: Iranian, Iranians, Tehran
Iraq: Iraqi, Iraqis, Baghdad
Syria: Syrian, Syrians, Damascus
Israel: Israeli, Israelis
Palestine: Palestinian, Palestinians
Lebanon: Lebanese, Beirut
Egypt: Egyptian, Egyptians, Cairo
Libya: Libyan, Libyans, Tripoli
Saudi: Saudis, Riyadh
Yemen: Yemeni, Yemenis, Sanaa
Qatar: Qatari, Qataris, Doha
Turkey: Turkish, Turks, Ankara
Germany: German, Germans, Berlin
France: French, Paris
Italy: Italian, Italians, Rome
Spain: Spanish, Spaniards, Madrid
Portugal: Portuguese, Lisbon
Netherlands: Dutch, Amsterdam
Belgium: Belgian, Belgians
Switzerland: Swiss, Bern
Austria: Austrian, Austrians, Vienna
Poland: Polish, Poles, Warsaw
Czechia: Czech, Czechs, Prague
Hungary: Hungarian, Hungarians, Budapest
Romania: Romanian, Romanians, Bucharest
Bulgaria: Bulgarian, Bulgarians
Greece: Greek, Greeks, Athens
Serbia: Serbian, Serbians, Serb, Serbs, Belgrade
Croatia: Croatian, Croatians, Croat, Croats, Zagreb
Belarus: Belarusian, Belarusians, Minsk
Sweden: Swedish, Swedes, Stockholm
Norway: Norwegian, Norwegians, Oslo
Denmark: Danish, Danes, Copenhagen
Finland: Finnish, Finns, Helsinki
Ireland: Irish, Dublin
Canada: Canadian, Canadians, Ottawa
Mexico: Mexican, Mexicans
Cuba: Cuban, Cubans, Havana
Venezuela: Venezuelan, Venezuelans, Caracas
Colombia: Colombian, Colombians, Bogota
Brazil: Brazilian, Brazilians, Brasilia
Argentina: Argentine, Argentinian, Argentines, Argentinians
Chile: Chilean, Chileans
Peru: Peruvian, Peruvians
Ecuador: Ecuadorian, Ecuadorians, Quito
Bolivia: Bolivian, Bolivians
Haiti: Haitian, Haitians
Nicaragua: Nicaraguan, Nicaraguans, Managua
Guatemala: Guatemalan, Guatemalans
Honduras: Honduran, Hondurans, Tegucigalpa
Australia: Australian, Australians, Canberra
Indonesia: Indonesian, Indonesians, Jakarta
Philippines: Philippine, Filipino, Filipinos, Manila
Vietnam: Vietnamese, Hanoi
Thailand: Thai, Bangkok
Malaysia: Malaysian, Malaysians
Myanmar: Burmese, Burma
Bangladesh: Bangladeshi, Bangladeshis, Dhaka
Nepal: Nepalese, Nepali, Kathmandu
Taiwan: Taiwanese, Taipei
Nigeria: Nigerian, Nigerians, Abuja
Kenya: Kenyan, Kenyans, Nairobi
Ethiopia: Ethiopian, Ethiopians
Somalia: Somali, Somalis, Mogadishu
Sudan: Sudanese, Khartoum
Algeria: Algerian, Algerians, Algiers
Morocco: Moroccan, Moroccans, Rabat
Tunisia: Tunisian, Tunisians, Tunis
Zimbabwe: Zimbabwean, Zimbabweans, Harare
Uganda: Ugandan, Ugandans, Kampala
Rwanda: Rwandan, Rwandans, Kigali
Ghana: Ghanaian, Ghanaians, Accra
Senegal: Senegalese, Dakar
Mali: Malian, Malians, Bamako
Armenia: Armenian, Armenians, Yerevan
Azerbaijan: Azerbaijani, Azerbaijanis, Baku
Kazakhstan: Kazakh, Kazakhs, Astana
`;

export interface WorldFold {
	/** The country's own name, as written in the table. */
	readonly country: string;
	/** Words (as written, capitalised) that stand for it. */
	readonly forms: readonly string[];
}

export const WORLD_FOLDS: readonly WorldFold[] = TABLE.trim()
	.split('\n')
	.map((line) => {
		const [country = '', forms = ''] = line.split(':');
		return {
			country: country.trim(),
			forms: forms
				.split(',')
				.map((f) => f.trim())
				.filter((f) => f.length > 0),
		};
	});
