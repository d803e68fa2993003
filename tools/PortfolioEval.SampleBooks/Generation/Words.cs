namespace PortfolioEval.SampleBooks.Generation;

/// <summary>The words fake clients are made of.</summary>
internal static class Words
{
    public static readonly string[] FirstNames =
    [
        "María", "José", "Juan Carlos", "Rosa", "Luis", "Carmen", "Jorge", "Ana María", "Miguel", "Patricia", "Carlos",
        "Lucía", "Víctor", "Elena", "Ricardo", "Milagros", "César", "Giovanna", "Raúl", "Diana", "Fernando", "Pilar",
        "Óscar", "Karina", "Eduardo", "Sofía", "Alberto", "Mónica", "Javier", "Liliana", "Renato", "Gabriela",
    ];

    public static readonly string[] LastNames =
    [
        "Quispe", "Flores", "Rodríguez", "García", "Huamán", "Mamani", "Sánchez", "Rojas", "Vásquez", "Chávez",
        "Ramírez", "Torres", "Mendoza", "Castillo", "Gutiérrez", "Espinoza", "Díaz", "Salazar", "Paredes", "Vargas",
        "Cárdenas", "Ñahui", "Zegarra", "Benavides", "Alvarado", "Cáceres", "Valdivia", "Ugarte", "Pacheco", "Medina",
    ];

    /// <summary>
    /// The distinctive middle of company names. A name is prefix + core + qualifier + legal form, and no two clients of
    /// a book share a (core, qualifier) pair, so no two fold to the same client key. No core ends another core.
    /// </summary>
    public static readonly string[] Cores =
    [
        "San Martín", "del Norte", "Andina", "Los Andes", "del Pacífico", "Santa Rosa", "El Sol", "Inca", "Amazonas",
        "Las Lomas", "Chavín", "Huascarán", "Miraflores", "Rímac", "Sur Andino", "Costa Verde", "Misti", "Titicaca",
        "Paracas", "Nazca", "Chimú", "Mochica", "Vilcanota", "Santa Catalina", "San Isidro", "La Victoria",
        "San Gabriel", "Las Palmeras", "El Olivar", "Los Pinos", "La Esperanza", "San Judas Tadeo", "Virgen de Chapi",
        "Señor de Luren", "Cordillera Blanca", "Valle Sagrado", "Pachacútec", "Túpac Amaru", "Cóndor", "Huallaga",
        "Ucayali", "Marañón", "Mantaro", "Santa María", "San Pedro", "Los Álamos", "La Campiña", "Pampa Grande",
        "Cerro Azul", "Punta Negra", "Tres Cruces", "Los Cedros", "El Porvenir", "Nueva Era", "Primavera",
        "Continental", "Interandina", "Panamericana", "Altiplano", "Selva Central", "Qhapaq Ñan", "Illimani", "Lurín",
        "Chancay", "Pisco", "Moquegua", "Tacna", "Sechura", "Máncora", "Olmos", "Motupe", "Chachapoyas", "Kuélap",
        "Oxapampa", "Pozuzo", "Huaraz", "Caral", "Sipán", "Pachacamac", "Vichayito",
    ];

    /// <summary>What follows the core once every core is used; the first is none at all.</summary>
    public static readonly string[] Qualifiers =
        ["", "del Perú", "Import", "Express", "Hermanos", "Internacional", "Global", "Trading", "Premium", "Center"];

    public static readonly Bilingual[] ContactTypes =
    [
        new("Visita", "Visit"), new("Visita", "Visit"), new("Llamada", "Call"), new("Llamada", "Call"),
        new("Correo", "Email"), new("WhatsApp", "WhatsApp"), new("WhatsApp", "WhatsApp"),
        new("Reunión virtual", "Video call"),
    ];

    /// <summary>Free-text notes; some hold commas, semicolons and quotes, as real ones do, to exercise CSV quoting.</summary>
    public static readonly Bilingual[] Notes =
    [
        new("", ""), new("", ""), new("", ""),
        new("Pidió cotización para el próximo trimestre", "Asked for a quote for next quarter"),
        new("Pago a 60 días", "Net 60 payment terms"),
        new("Renueva contrato en marzo, confirmar precio", "Renewal due in March, confirm price"),
        new("Interesado en ampliar pedido; volver a llamar", "Wants a bigger order; call back"),
        new("Referido por \"Grupo Inca\"", "Referred by \"Grupo Inca\", warm lead"),
        new("Reclamo resuelto, quedó conforme", "Complaint solved, happy now"),
        new("Prefiere contacto por WhatsApp", "Prefers WhatsApp, not email"),
        new("Nuevo gerente de compras", "New purchasing manager, intro meeting held"),
        new("Pendiente visita técnica", "Site visit pending"),
    ];
}
