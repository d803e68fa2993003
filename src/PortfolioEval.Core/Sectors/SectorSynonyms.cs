namespace PortfolioEval.Sectors;

/// <summary>
/// How salespeople in Peru, Mexico, Chile, Colombia, Argentina, Spain and the US write the sector of a client, and the
/// ISIC Rev.4 code each word really means. Words are written as people type them; matching folds case, accents and
/// punctuation and ignores connectors ("y", "de", "and", "&amp;"), so "Petróleo y gas" also catches "petroleo &amp; gas".
/// <para>
/// The rule for choosing a code: the deepest code that holds everything the word usually covers, and no deeper. A
/// broad word gets a section or division ("Minería" is all of section B); a narrow one gets a class ("Supermercados"
/// is 4711). When a code has a single child the classifier moves down to it by itself (P → 85), so either may be
/// written here. A word whose usual meanings sit in different sections is left out rather than guessed
/// ("Utilities": electricity or water; "Bodegas" alone: corner shops in Peru, wineries in Spain); the classifier then
/// reports it unmapped, and scoring counts it as unknown. Tests check that every code exists and no word
/// maps to two codes.
/// </para>
/// </summary>
internal static class SectorSynonyms
{
    public static IReadOnlyList<(string Code, string[] Words)> Table { get; } =
    [
        // A. "Agro" and "Agroexportación" (Peru: avocado, grapes, blueberries, asparagus) are growing crops and
        // raising animals, division 01; fishing and forestry are not what people mean by them.
        // "Agribusiness" and "Agronegocios" in a sales book name the farm side (growers, agroexporters, the farms an
        // input supplier sells to); processors write "Agroindustria" (10 below).
        ("01", ["Agro", "Agrícola", "Agrícolas", "Agricultura", "Agropecuario", "Agropecuaria", "Agroexportación",
            "Agroexportadora", "Agroexportadoras", "Agroexportador", "Agriculture", "Agricultural", "Farming", "Farms",
            "Agribusiness", "Agri-business", "Agronegocios", "Agronegocio"]),
        ("014", ["Ganadería", "Ganadero", "Ganadera", "Pecuario", "Pecuaria", "Livestock", "Ranching"]),
        ("0146", ["Avícola", "Avícolas", "Avicultura", "Poultry"]),
        ("02", ["Forestal", "Forestales", "Silvicultura", "Forestry"]),
        ("03", ["Pesca", "Pesquera", "Pesqueras", "Pesquero", "Sector pesquero", "Fishing", "Fisheries"]),
        ("032", ["Acuicultura", "Acuícola", "Aquaculture"]),
        ("0321", ["Salmonicultura", "Salmoneras", "Salmon farming"]),

        // B. "Minería" is the whole section in everyday use (it includes oil and gas in ISIC, and people who mean
        // metals say so: "Minería metálica"). Oil and gas means extraction, division 06.
        ("B", ["Minería", "Minero", "Minera", "Mineras", "Mineros", "Minas", "Minería y canteras", "Mining",
            "Mining and quarrying", "Mines"]),
        ("05", ["Carbón", "Carbonífera", "Coal", "Coal mining"]),
        ("06", ["Petróleo y gas", "Oil and gas", "Oil & gas", "Petróleo", "Petrolera", "Petroleras", "Hidrocarburos",
            "Upstream"]),
        ("07", ["Minería metálica", "Minería metalífera", "Metal mining"]),
        ("0729", ["Minería de cobre", "Minería aurífera", "Minería de oro", "Copper mining", "Gold mining"]),
        ("0810", ["Canteras", "Áridos", "Quarrying", "Quarries"]),
        ("0910", ["Servicios petroleros", "Oilfield services"]),
        ("0990", ["Servicios mineros", "Contratistas mineros", "Mining services", "Mining contractors"]),

        // C. "Consumo masivo" (Alicorp, Gloria, Unilever, P&G) and "Alimentos y bebidas" make food, drinks and
        // toiletries: divisions 10, 11 and 20 share only section C, so C it is.
        ("C", ["Manufactura", "Manufacturera", "Manufacturing", "Industria manufacturera", "Industria", "Industrial",
            "Fábricas", "Consumo masivo", "Bienes de consumo", "Consumer goods", "CPG", "FMCG",
            "Alimentos y bebidas", "Food and beverage", "Food and beverages", "Food & beverage", "F&B",
            "Textil y confecciones"]),
        // "Agroindustria": division 10, not section A. The word means turning farm produce into food (sugar mills,
        // oilseed crushers, meat packers, fruit processors), which is how Mexico, Colombia, Argentina and Spain use
        // it; Peru's fresh-produce exporters, who grow rather than process, write "Agroexportación" (01 above).
        // Drinks makers (11) who call themselves agroindustria then match at section level, which is honest.
        ("10", ["Agroindustria", "Agroindustrias", "Agroindustrial", "Agroindustriales", "Alimentos", "Alimentaria",
            "Alimenticia", "Industria alimentaria", "Industria alimenticia", "Industria de alimentos", "Food",
            "Foods", "Food industry", "Food processing", "Food manufacturing", "Procesamiento de alimentos"]),
        ("1010", ["Cárnicos", "Cárnica", "Frigoríficos", "Embutidos", "Meat processing", "Meatpacking"]),
        ("1020", ["Harina de pescado", "Conservas de pescado", "Seafood processing"]),
        ("1050", ["Lácteos", "Láctea", "Lácteas", "Lechera", "Dairy"]),
        ("1071", ["Panadería", "Panificación", "Panificadora", "Bakery", "Bakeries"]),
        ("1072", ["Azúcar", "Azucarera", "Ingenios", "Ingenio azucarero", "Ingenios azucareros", "Sugar"]),
        ("11", ["Bebidas", "Beverages", "Drinks"]),
        ("1103", ["Cerveza", "Cervecería", "Cervecera", "Cerveceras", "Brewery", "Breweries", "Beer"]),
        ("12", ["Tabaco", "Tabacalera", "Tobacco"]),
        ("13", ["Textil", "Textiles", "Textilera", "Industria textil", "Textile"]),
        ("14", ["Confecciones", "Confección", "Prendas de vestir", "Apparel", "Garments"]),
        ("1520", ["Calzado", "Footwear"]),
        ("16", ["Madera", "Maderera", "Madereras", "Wood products", "Lumber"]),
        ("17", ["Papel", "Papelera", "Papeleras", "Celulosa", "Pulp and paper"]),
        ("181", ["Imprenta", "Imprentas", "Artes gráficas", "Industria gráfica", "Printing"]),
        ("20", ["Químicos", "Químico", "Química", "Químicas", "Industria química", "Chemicals", "Chemical"]),
        ("2023", ["Cosméticos", "Cosmética", "Cuidado personal", "Cosmetics", "Personal care"]),
        ("21", ["Farmacéutica", "Farmacéuticas", "Farmacéutico", "Farmacéuticos", "Laboratorios farmacéuticos",
            "Pharma", "Pharmaceutical", "Pharmaceuticals"]),
        ("221", ["Caucho", "Rubber"]),
        ("222", ["Plásticos", "Plástico", "Plásticas", "Plastics", "Plastic"]),
        ("2394", ["Cemento", "Cementera", "Cementeras", "Cement"]),
        ("241", ["Acero", "Siderurgia", "Siderúrgica", "Siderúrgicas", "Steel"]),
        // "Metalmecánica" in Peru and Colombia is mostly workshops making structures, tanks and parts: division 25.
        // Machinery makers (28) call themselves that.
        ("25", ["Metalmecánica", "Metal mecánica", "Metalmecánico", "Metalmecánicas", "Metalworking",
            "Metal fabrication"]),
        ("26", ["Electrónica", "Electronics"]),
        // "Automotriz" is the industry that makes vehicles and parts (Mexico, Brazil, Argentina): division 29.
        // Dealers write "Concesionarios" or "Automotoras" (45 below).
        ("29", ["Automotriz", "Automotrices", "Automotor", "Automotive", "Industria automotriz", "Automotive industry"]),

        // D. "Energía" is the supply of electricity and gas, section D; oil and gas extraction has its own words.
        ("D", ["Energía", "Energético", "Energética", "Sector energético", "Energy"]),
        ("351", ["Electricidad", "Eléctrica", "Eléctricas", "Energía eléctrica", "Generación eléctrica", "Electricity",
            "Power", "Electric utilities"]),
        ("3510", ["Energías renovables", "Energía renovable", "Renovables", "Energía solar", "Renewables",
            "Renewable energy"]),

        // E.
        ("36", ["Agua potable", "Water utilities"]),
        ("38", ["Residuos", "Gestión de residuos", "Manejo de residuos", "Waste management"]),
        ("383", ["Reciclaje", "Recicladora", "Recycling"]),

        // F.
        ("F", ["Construcción", "Constructora", "Constructoras", "Construction", "Contractors"]),
        ("41", ["Edificación", "Construcción de edificios"]),
        ("42", ["Obras civiles", "Infraestructura vial", "Ingeniería civil", "Civil engineering"]),

        // G. "Retail" is retail trade, division 47 (not 45: cars have their own words). "Distribución" in a sales
        // book means distributors, who sell wholesale: division 46.
        ("G", ["Comercio", "Commerce", "Trade"]),
        ("45", ["Concesionarios", "Concesionaria", "Concesionarias", "Automotoras", "Venta de vehículos",
            "Car dealers", "Auto dealers", "Dealerships"]),
        ("46", ["Distribución", "Distribuidora", "Distribuidoras", "Distribuidor", "Distribuidores", "Distribution",
            "Distributors", "Mayorista", "Mayoristas", "Comercio mayorista", "Comercio al por mayor",
            "Venta al por mayor", "Wholesale", "Wholesalers", "Wholesale trade"]),
        ("47", ["Retail", "Retailer", "Retailers", "Retail trade", "Comercio minorista", "Comercio al por menor",
            "Comercio detallista", "Minorista", "Minoristas", "Venta minorista", "Venta al por menor", "Detallistas",
            "Tiendas", "Tiendas minoristas"]),
        // "Bodegas y minimarkets" is how Peruvian consumer-goods books name the traditional channel: corner shops and
        // small self-service stores selling mainly food, class 4711 like supermarkets. "Bodegas" alone stays out (above).
        ("4711", ["Supermercados", "Supermercado", "Hipermercados", "Autoservicios", "Supermarkets", "Supermarket",
            "Grocery", "Grocery stores", "Grocery retail", "Bodegas y minimarkets", "Minimarkets", "Minimarket",
            "Minimercados", "Minimercado", "Tiendas de barrio", "Tiendas de abarrotes", "Abarrotes",
            "Tiendas de conveniencia", "Convenience stores", "Canal tradicional"]),
        ("4719", ["Tiendas por departamento", "Tiendas departamentales", "Grandes almacenes", "Department stores"]),
        ("4730", ["Grifos", "Estaciones de servicio", "Gasolineras", "Bencineras", "Gas stations"]),
        ("4752", ["Ferreterías", "Ferretería", "Mejoramiento del hogar", "Hardware stores", "Home improvement"]),
        ("4772", ["Farmacias", "Farmacia", "Boticas", "Botica", "Droguerías", "Pharmacies", "Pharmacy", "Drugstores"]),
        ("4791", ["E-commerce", "Ecommerce", "Comercio electrónico", "Tiendas online", "Venta online", "Online retail"]),

        // H. "Logística" means logistics operators, forwarders and warehouses, division 52; carriers write
        // "Transporte", and "Transporte y logística" is the whole section.
        ("H", ["Transporte", "Transportes", "Transport", "Transportation", "Transporte y logística",
            "Logística y transporte"]),
        ("4923", ["Transporte de carga", "Carga por carretera", "Transporte terrestre de carga", "Trucking",
            "Freight transport"]),
        ("50", ["Naviera", "Navieras", "Transporte marítimo", "Maritime transport"]),
        ("51", ["Aerolíneas", "Aerolínea", "Líneas aéreas", "Transporte aéreo", "Aviación", "Airlines", "Aviation"]),
        ("52", ["Logística", "Logístico", "Operador logístico", "Operadores logísticos", "Logistics", "3PL"]),
        ("5229", ["Agentes de carga", "Agencias de aduana", "Agencias de aduanas", "Agentes de aduana",
            "Freight forwarders", "Freight forwarding", "Customs brokers"]),
        ("53", ["Courier", "Couriers", "Mensajería", "Paquetería", "Parcel delivery"]),

        // I. "Hotelería" is hotels (5510); "Hostelería" (Spain) and "Hospitality" are hotels and restaurants.
        ("I", ["Hospitality", "Hostelería", "HORECA", "Canal HORECA", "Hoteles y restaurantes"]),
        ("5510", ["Hotelería", "Hotelero", "Hotelera", "Hoteles", "Hotel", "Hotels", "Lodging"]),
        ("56", ["Gastronomía", "Gastronómico", "Restauración", "Food service", "Foodservice",
            "Servicios de alimentación"]),
        ("561", ["Restaurantes", "Restaurante", "Restaurants", "Restaurant", "Comida rápida", "Fast food"]),
        ("562", ["Catering", "Concesionarios de alimentación"]),

        // J. "Tecnología" covers software houses, telecoms, integrators and data centres alike: section J (hardware
        // makers, 26, have "Electrónica"). "TI" / "IT" is IT services, division 62.
        // "Software": group 620 rather than class 6201. A "Software" client may build to order (6201), integrate
        // and consult (6202) or run systems (6209); all three are 620 and the word does not say which. Packaged
        // software publishing (5820) stays out: sales books rarely mean it. Division 62 has only group 620, so
        // "TI" lands there too.
        ("J", ["Tecnología", "Tecnologías", "Tecnológico", "Tecnológica", "Sector tecnológico", "Technology", "Tech",
            "TIC", "ICT", "Medios de comunicación"]),
        ("58", ["Editorial", "Editoriales", "Publishing"]),
        ("59", ["Cine", "Producción audiovisual", "Audiovisual", "Film"]),
        ("60", ["Radio y televisión", "Televisión", "Broadcasting"]),
        ("61", ["Telecomunicaciones", "Telecomunicación", "Telefonía", "Telecom", "Telecoms", "Telecommunications",
            "Telco", "Telcos", "Operadores de telecomunicaciones"]),
        ("62", ["TI", "IT", "Tecnologías de la información", "Tecnología de la información", "Informática",
            "Servicios de TI", "Servicios informáticos", "Information technology", "IT services"]),
        ("620", ["Software", "Empresas de software", "Software house", "Software company", "Software companies"]),
        ("6201", ["Desarrollo de software", "Fábrica de software", "Software development", "Programación"]),
        ("6202", ["Consultoría TI", "Consultoría informática", "Integradores", "Integración de sistemas",
            "Outsourcing TI", "IT consulting", "Systems integration", "IT outsourcing"]),
        ("6311", ["Data center", "Data centers", "Centro de datos", "Centros de datos", "Hosting"]),

        // K. "Banca" is the banks (6419); "Finanzas" and "Servicios financieros" usually include insurers: K.
        ("K", ["Finanzas", "Financiero", "Financiera", "Financieras", "Sector financiero", "Servicios financieros",
            "Banca y seguros", "Banca y finanzas", "Finance", "Financial services", "BFSI", "Fintech"]),
        ("6419", ["Banca", "Bancos", "Banco", "Banca comercial", "Cooperativas de ahorro y crédito", "Banking", "Banks",
            "Bank", "Commercial banking"]),
        ("651", ["Seguros", "Aseguradora", "Aseguradoras", "Compañías de seguros", "Insurance", "Insurers"]),
        ("6530", ["Fondos de pensiones", "Pension funds"]),
        ("6622", ["Corredores de seguros", "Corredoras de seguros", "Brokers de seguros", "Insurance brokers",
            "Insurance agents"]),
        ("6630", ["Gestión de activos", "Administradoras de fondos", "Asset management"]),

        // L. Section L has only division 68.
        ("68", ["Inmobiliaria", "Inmobiliarias", "Inmobiliario", "Sector inmobiliario", "Bienes raíces",
            "Bienes inmuebles", "Real estate", "Realty"]),

        // M. "Consultoría" alone may be management, engineering, tax or legal advice: section M (IT consultancy,
        // 6202, has its own words).
        ("M", ["Consultoría", "Consultora", "Consultoras", "Consulting", "Consultancy", "Asesoría", "Asesorías",
            "Servicios profesionales", "Professional services"]),
        ("6910", ["Legal", "Abogados", "Estudio jurídico", "Estudios jurídicos", "Estudio de abogados", "Bufete",
            "Despacho jurídico", "Servicios legales", "Law firm", "Law firms", "Legal services"]),
        ("6920", ["Contabilidad", "Contable", "Auditoría", "Auditoras", "Accounting", "Audit"]),
        ("7020", ["Consultoría de gestión", "Consultoría empresarial", "Management consulting", "Strategy consulting"]),
        ("7110", ["Ingeniería", "Arquitectura", "Consultoría de ingeniería", "Engineering", "Architecture",
            "Engineering services"]),
        ("72", ["Investigación y desarrollo", "I+D", "Research and development", "R&D"]),
        ("73", ["Marketing", "Mercadeo", "Mercadotecnia"]),
        ("7310", ["Publicidad", "Publicitaria", "Agencia de publicidad", "Agencias de publicidad", "Agencia creativa",
            "Advertising", "Ad agencies"]),
        ("7320", ["Investigación de mercados", "Estudios de mercado", "Market research"]),

        // N. "Turismo" is not an ISIC industry (it spans hotels, transport and agencies); the one division built
        // around it is 79, travel agencies and tour operators, which is what a salesperson selling to "Turismo" means.
        ("78", ["Recursos humanos", "RRHH", "RR.HH.", "Reclutamiento", "Selección de personal", "Headhunting",
            "Staffing", "Recruitment", "Human resources"]),
        ("79", ["Turismo", "Turístico", "Turística", "Agencias de viaje", "Agencias de viajes", "Operadores turísticos",
            "Viajes", "Tourism", "Travel", "Travel agencies", "Tour operators"]),
        ("8010", ["Seguridad privada", "Vigilancia", "Private security", "Security services"]),
        ("81", ["Limpieza", "Servicios de limpieza", "Facility management", "Facilities management",
            "Cleaning services"]),
        ("82", ["BPO", "Tercerización de procesos"]),
        ("8220", ["Call center", "Call centers", "Contact center", "Contact centers", "Centro de llamadas"]),

        // O. Section O has only division 84.
        ("84", ["Gobierno", "Sector público", "Estado", "Administración pública", "Entidades públicas",
            "Entidades del Estado", "Municipalidades", "Municipios", "Gobierno local", "Gobiernos regionales",
            "Ministerios", "Government", "Public sector", "Public administration"]),
        ("8422", ["Fuerzas armadas", "Armed forces"]),

        // P. Section P has only division 85.
        ("85", ["Educación", "Educativo", "Educativa", "Sector educación", "Enseñanza", "Colegios", "Escuelas",
            "Education", "Schools"]),
        ("8530", ["Universidades", "Universidad", "Universities"]),

        // Q. "Salud" is human health, division 86 (social work, 87-88, is not what people mean). "Clínicas" in
        // Latin America are private hospitals, 8610; outpatient practices are "Consultorios" (8620).
        ("86", ["Salud", "Sector salud", "Servicios de salud", "Sanidad", "Health", "Healthcare", "Health care"]),
        ("8610", ["Clínicas", "Clínica", "Hospitales", "Hospital", "Clínicas y hospitales", "Hospitals"]),
        ("8620", ["Consultorios", "Consultorios médicos", "Centros médicos", "Clínicas dentales", "Odontología",
            "Dental", "Medical practices"]),
        ("8690", ["Laboratorios clínicos", "Clinical laboratories"]),

        // R, S, U.
        ("R", ["Entretenimiento", "Ocio", "Esparcimiento", "Entertainment", "Leisure"]),
        ("92", ["Casinos", "Juegos de azar", "Apuestas", "Gambling", "Betting"]),
        ("93", ["Deportes", "Deporte", "Sports"]),
        ("9311", ["Gimnasios", "Gimnasio", "Gyms", "Fitness"]),
        ("9411", ["Gremios", "Asociaciones gremiales", "Cámaras de comercio", "Trade associations"]),
        ("9602", ["Peluquerías", "Salones de belleza", "Beauty salons"]),
        ("U", ["Organismos internacionales", "Embajadas", "International organizations", "Embassies"]),
    ];

    /// <summary>
    /// What books put in the sector column that is not a sector. Never mapped, not even by a near spelling: a
    /// "Varios" client must be shown unmapped, not matched to the nearest title.
    /// </summary>
    public static IReadOnlyList<string> NotSectors { get; } =
    [
        "Varios", "Otros", "Otro", "Otras", "Otra", "Otros servicios", "Servicios", "General", "Miscelánea", "Misc",
        "Miscellaneous", "Various", "Other", "Others", "Other services", "Services", "N/A", "NA", "ND", "S/D",
        "Sin dato", "Sin datos", "Sin sector", "Sin rubro", "Sin información", "No aplica", "Ninguno", "None",
        "Unknown", "Desconocido", "Por definir", "Pendiente", "TBD", "Particular", "Particulares", "Persona natural",
        "Privado", "Privada", "Private", "Corporativo", "Corporate", "Pyme", "Pymes", "Mipyme", "SMB", "SME",
        "Independiente", "VIP",
    ];
}
