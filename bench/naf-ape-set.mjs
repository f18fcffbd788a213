// Common APE (NAF rév. 2) codes with the conventions collectives a visitor should find in the first three
// suggestions of conventionsForNaf. Written by hand for the data report (scripts/data/naf/report.mjs), not from our
// extraction. The source of each expected convention is its official title (Légifrance KALI, as in
// data/idcc-opco.csv): the title names the activity of the code — "Cabinets dentaires" (1619) for 86.23Z « Pratique
// dentaire » — or, where marked `scope`, the convention's scope article (« champ d'application ») on Légifrance names it.
// Where the employer's size or trade decides between several conventions (building: 1596 / 1597; a restaurant: HCR
// 1979 or fast food 1501), all of them count. Codes whose activity has no usual branch convention are not in this set.
const BTP = '1596 1597 2609 2420';
const TP = '1702 2614 3212';

/** @type {readonly [naf: string, accepted: string, source: 'title' | 'scope'][]} */
export const APE_SET = [
  // food trades and food retail
  ['10.71A', '3255 1747', 'title'], // fabrication industrielle de pain et de pâtisserie fraîche → activités industrielles de boulangerie
  ['10.71B', '0843', 'title'], // cuisson de produits de boulangerie → boulangerie-pâtisserie
  ['10.71C', '0843', 'title'], // boulangerie et boulangerie-pâtisserie
  ['10.71D', '1267 0843', 'title'], // pâtisserie
  ['10.13B', '0953 1586', 'title'], // charcuterie
  ['10.11Z', '1534', 'title'], // transformation et conservation de la viande de boucherie → industrie des viandes
  ['10.51A', '0112', 'title'], // fabrication de lait liquide → industrie laitière
  ['10.82Z', '1286 3109', 'title'], // cacao, chocolat, confiserie
  ['11.02A', '0493', 'title'], // fabrication de vins effervescents → vins, cidres, spiritueux
  ['11.01Z', '0493', 'title'], // production de boissons alcooliques distillées
  ['47.11A', '2216 1505', 'title'], // commerce de détail de produits surgelés
  ['47.11B', '2216 1505', 'title'], // commerce d'alimentation générale
  ['47.11C', '2216 1505', 'title'], // supérettes
  ['47.11D', '2216 1505', 'title'], // supermarchés
  ['47.11F', '2216', 'title'], // hypermarchés
  ['47.21Z', '1505 3237', 'title'], // fruits et légumes
  ['47.22Z', '3254', 'title'], // boucherie, charcuterie en magasin spécialisé → boucherie
  ['47.23Z', '3254', 'title'], // poissons, crustacés → boucherie poissonnerie
  ['47.24Z', '0843 1286 1267', 'title'], // pain, pâtisserie, confiserie
  ['47.25Z', '0493 3237 1505', 'title'], // boissons
  ['47.29Z', '3237 1505', 'title'], // autres commerces de détail alimentaires en magasin spécialisé
  ['56.10A', '1979', 'title'], // restauration traditionnelle → hôtels, cafés, restaurants
  ['56.10B', '1979 2060 1501', 'title'], // cafétérias
  ['56.10C', '1501', 'title'], // restauration de type rapide
  ['56.21Z', '1979 1266', 'title'], // traiteur
  ['56.29A', '1266', 'title'], // restauration collective sous contrat
  ['56.30Z', '1979', 'title'], // débits de boissons → cafés
  ['55.10Z', '1979', 'title'], // hôtels
  ['55.30Z', '1631', 'title'], // terrains de camping → hôtellerie de plein air
  // non-food retail
  ['47.71Z', '1483 0675', 'title'], // habillement
  ['47.72A', '0733 0468', 'title'], // chaussure
  ['47.73Z', '1996', 'title'], // pharmacie
  ['47.75Z', '3032 3235', 'title'], // parfumerie, produits de beauté
  ['47.76Z', '1978 1760', 'title'], // fleurs, plantes, animaux de compagnie → fleuristes, animaux familiers; jardineries
  ['47.77Z', '1487 3251', 'title'], // horlogerie, bijouterie
  ['47.78A', '1431', 'title'], // optique
  ['47.61Z', '3013', 'title'], // livres → librairie
  ['47.62Z', '1539', 'title'], // journaux et papeterie
  ['47.52B', '1606 3243', 'title'], // quincaillerie, bricolage (grandes surfaces de bricolage)
  ['47.59A', '1880', 'title'], // meubles → négoce de l'ameublement
  ['47.91A', '2198', 'title'], // vente à distance sur catalogue général
  ['47.91B', '2198', 'title'], // vente à distance sur catalogue spécialisé
  ['46.73A', '3216', 'title'], // commerce de gros de bois et matériaux de construction → négoce des matériaux
  // automobile and transport
  ['45.11Z', '1090', 'title'], // commerce de voitures → services de l'automobile
  ['45.20A', '1090', 'title'], // entretien et réparation de véhicules légers
  ['45.20B', '1090', 'title'], // entretien et réparation d'autres véhicules
  ['45.32Z', '1090', 'title'], // commerce de détail d'équipements automobiles
  ['45.40Z', '1090', 'title'], // motocycles
  ['47.30Z', '1090', 'title'], // carburants en magasin spécialisé
  ['85.53Z', '1090', 'scope'], // enseignement de la conduite (auto-écoles, in the scope of 1090)
  ['49.41A', '0016', 'title'], // transports routiers de fret interurbains
  ['49.41B', '0016', 'title'], // transports routiers de fret de proximité
  ['49.42Z', '0016', 'title'], // déménagement
  ['49.32Z', '2219', 'title'], // taxis
  ['49.31Z', '1424 0016', 'title'], // transports urbains de voyageurs
  ['49.39A', '0016', 'title'], // transports routiers réguliers de voyageurs
  ['49.10Z', '3217', 'title'], // transport ferroviaire interurbain de voyageurs → branche ferroviaire
  ['49.20Z', '3217', 'title'], // transports ferroviaires de fret
  ['51.10Z', '0275', 'title'], // transports aériens de passagers
  ['52.29A', '0016', 'title'], // messagerie, fret express → activités auxiliaires du transport
  ['53.20Z', '0016', 'title'], // autres activités de poste et de courrier (coursiers)
  ['86.90A', '0016', 'title'], // ambulances (transport sanitaire, in 0016's activités auxiliaires)
  // building
  ['41.20A', BTP, 'title'], // construction de maisons individuelles
  ['43.21A', BTP, 'title'], // travaux d'installation électrique
  ['43.22A', BTP, 'title'], // installation d'eau et de gaz (plombier)
  ['43.22B', `${BTP} 1412`, 'title'], // installation d'équipements thermiques et de climatisation
  ['43.31Z', BTP, 'title'], // plâtrerie
  ['43.32A', BTP, 'title'], // menuiserie bois et PVC
  ['43.33Z', BTP, 'title'], // revêtement des sols et des murs
  ['43.34Z', BTP, 'title'], // peinture et vitrerie
  ['43.91B', BTP, 'title'], // couverture
  ['43.99C', BTP, 'title'], // maçonnerie générale
  ['42.11Z', TP, 'title'], // routes et autoroutes → travaux publics
  ['43.12A', `${TP} ${BTP}`, 'title'], // terrassement
  ['71.11Z', '2332', 'title'], // activités d'architecture
  ['71.12A', '2543', 'title'], // activité des géomètres
  // services to businesses
  ['62.01Z', '1486', 'title'], // programmation informatique → bureaux d'études (Syntec)
  ['62.02A', '1486', 'title'], // conseil en systèmes et logiciels
  ['70.22Z', '1486', 'title'], // conseil pour les affaires → sociétés de conseils
  ['71.12B', '1486', 'title'], // ingénierie, études techniques → bureaux d'études techniques
  ['69.20Z', '0787', 'title'], // activités comptables → cabinets d'experts-comptables
  ['69.10Z', '3253 2205 3250', 'title'], // activités juridiques → avocats, notariat, commissaires de justice
  ['73.11Z', '0086', 'title'], // agences de publicité
  ['78.20Z', '2378 1413', 'title'], // activités des agences de travail temporaire
  ['80.10Z', '1351', 'title'], // activités de sécurité privée → entreprises de prévention et de sécurité
  ['81.21Z', '3043', 'title'], // nettoyage courant des bâtiments → entreprises de propreté
  ['81.22Z', '3043', 'title'], // autres activités de nettoyage des bâtiments
  ['81.30Z', '7018', 'title'], // services d'aménagement paysager → entreprises du paysage
  ['82.20Z', '2098', 'title'], // centres d'appels → prestataires de services du secteur tertiaire
  ['68.31Z', '1527', 'title'], // agences immobilières
  ['68.32A', '1527 1043', 'title'], // administration d'immeubles → administrateurs de biens
  ['64.19Z', '2120', 'title'], // autres intermédiations monétaires → banque
  ['65.12Z', '1672', 'title'], // autres assurances → sociétés d'assurances
  ['66.22Z', '2247 2335', 'title'], // agents et courtiers d'assurances
  ['61.10Z', '2148', 'title'], // télécommunications filaires
  ['79.11Z', '3245', 'title'], // agences de voyage → opérateurs de voyages
  ['79.12Z', '3245', 'title'], // voyagistes → opérateurs de voyages
  // health and care
  ['86.21Z', '1147', 'title'], // médecins généralistes → personnel des cabinets médicaux
  ['86.22C', '1147', 'title'], // autres activités des médecins spécialistes
  ['86.23Z', '1619', 'title'], // pratique dentaire → cabinets dentaires
  ['86.90B', '0959', 'title'], // laboratoires d'analyses médicales
  ['32.50A', '0993', 'title'], // fabrication de matériel médico-chirurgical et dentaire → prothésistes dentaires
  ['86.10Z', '2264 0029', 'title'], // activités hospitalières → hospitalisation privée
  ['87.10A', '2264 0029', 'title'], // hébergement médicalisé pour personnes âgées (EHPAD)
  ['87.30A', '2264 0029', 'title'], // hébergement social pour personnes âgées
  ['88.10A', '2941 3127', 'title'], // aide à domicile
  ['88.91A', '0413 1261 3239', 'title'], // accueil de jeunes enfants
  ['75.00Z', '1875', 'title'], // activités vétérinaires
  // personal services, culture, leisure, education
  ['96.02A', '2596', 'title'], // coiffure
  ['96.02B', '3032', 'title'], // soins de beauté → parfumerie, esthétique
  ['96.03Z', '0759', 'title'], // services funéraires → pompes funèbres
  ['96.09Z', '1978 3127', 'title'], // autres services personnels (toilettage d'animaux de compagnie → animaux familiers)
  ['97.00Z', '3239', 'title'], // ménages employeurs de personnel domestique → particuliers employeurs
  ['93.12Z', '2511', 'title'], // activités de clubs de sports → sport
  ['93.11Z', '2511', 'title'], // gestion d'installations sportives → sport
  ['93.21Z', '1790', 'title'], // parcs d'attractions → espaces de loisirs, d'attractions
  ['59.14Z', '1307', 'title'], // projection de films cinématographiques → exploitation cinématographique
  ['90.01Z', '3090 1285', 'title'], // arts du spectacle vivant
  ['92.00Z', '2257', 'title'], // jeux de hasard → casinos
  ['85.59A', '1516', 'title'], // formation continue d'adultes → organismes de formation
  ['85.31Z', '3218 2691', 'title'], // enseignement secondaire général (privé)
  ['88.99B', '1261 1518', 'title'], // action sociale sans hébergement → lien social et familial, animation
  ['94.99Z', '1518 1261', 'title'], // autres organisations associatives → animation
  // industry
  ['25.62B', '3248', 'title'], // mécanique industrielle → métallurgie
  ['28.29B', '3248', 'title'], // fabrication d'autres machines → métallurgie
  ['20.14Z', '0044', 'title'], // chimie organique de base → industries chimiques
  ['21.20Z', '0176', 'title'], // préparations pharmaceutiques → industrie pharmaceutique
  ['22.22Z', '0292', 'title'], // emballages en matières plastiques → plasturgie
  ['18.12Z', '0184', 'title'], // autre imprimerie → imprimeries de labeur
  ['13.20Z', '0018', 'title'], // tissage → industrie textile
  ['31.09B', '1411', 'title'], // fabrication d'autres meubles → ameublement
  ['16.10A', '0158', 'title'], // sciage → scieries (bois)
  ['36.00Z', '2147', 'title'], // captage, traitement et distribution d'eau
  ['38.11Z', '2149', 'title'], // collecte des déchets non dangereux → activités du déchet
  ['01.11Z', '7024', 'title'], // cultures → production agricole
  ['81.10Z', '1043', 'title'], // activités combinées de soutien lié aux bâtiments (gardiens, concierges)
];
